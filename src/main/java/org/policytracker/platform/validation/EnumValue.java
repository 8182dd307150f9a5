package org.policytracker.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Text that must name a constant of {@link #value()} (case-insensitive). Used for query
 * parameters so that a wrong value is a 400 naming the parameter and the allowed values,
 * not the 404 JAX-RS gives for an unconvertible parameter.
 */
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = EnumValue.Validator.class)
public @interface EnumValue {

    Class<? extends Enum<?>> value();

    String message() default "{policytracker.enum.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EnumValue, String> {
        private Class<? extends Enum<?>> type;
        private String template;

        @Override
        public void initialize(EnumValue annotation) {
            type = annotation.value();
            template = annotation.message();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || Values.enumOf(type, value) != null) {
                return true;
            }
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            // the allowed values follow the localised message ("must be one of: LEAD, …")
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template + allowed).addConstraintViolation();
            return false;
        }
    }
}
