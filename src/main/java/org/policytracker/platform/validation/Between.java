package org.policytracker.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A whole number within [{@link #min()}, {@link #max()}]. Used on query parameters instead of
 * {@code @Min}/{@code @Max}: Payara 6's OpenAPI generator fails on those (a NullPointerException in
 * {@code ApplicationProcessor.addSchemaParameter} on the first request for {@code /openapi}).
 */
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = Between.Validator.class)
public @interface Between {

    long min();

    long max() default Long.MAX_VALUE;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Between, Number> {
        private long min;
        private long max;

        @Override
        public void initialize(Between annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            return value == null || (value.longValue() >= min && value.longValue() <= max);
        }
    }
}
