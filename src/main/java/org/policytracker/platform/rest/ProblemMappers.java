package org.policytracker.platform.rest;

import org.policytracker.platform.time.Shanghai;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Locale;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.state.IllegalTransitionException;

/**
 * Turns every refusal into {@code application/problem+json} in the caller's language. No stack
 * trace ever reaches the client. These are the caller's mistakes; failures that are not ({@link FaultMappers}) are
 * logged with an id the client is given.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** Bean Validation failures on a body, path or query parameter: 400 naming each bad field. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        private static final MessageInterpolator INTERPOLATOR =
                jakarta.validation.Validation.buildDefaultValidatorFactory().getMessageInterpolator();

        @Override
        public Response toResponse(ConstraintViolationException e) {
            Locale locale = RequestLocale.of(headers);
            Problem p = Problem.of(400, "validation", Messages.get(locale, "problem.validation.title"))
                    .detail(Messages.get(locale, "problem.validation.detail"));
            e.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(v -> fieldOf(v.getPropertyPath())))
                    .forEach(v -> p.error(fieldOf(v.getPropertyPath()), interpolate(v, locale)));
            return p.toResponse();
        }

        private static String interpolate(ConstraintViolation<?> v, Locale locale) {
            return INTERPOLATOR.interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return v.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return v.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("unwrap not supported");
                }
            }, locale);
        }

        /**
         * The field as the client knows it: for {@code create.input.title} that is {@code title},
         * for a query parameter {@code list.size} it is {@code size}, for list items {@code tasks[2].number}.
         */
        static String fieldOf(Path path) {
            StringBuilder field = new StringBuilder();
            String lastParameter = null;
            boolean afterParameter = false;
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.METHOD) {
                    continue;
                }
                if (node.getKind() == ElementKind.PARAMETER) {
                    lastParameter = node.getName();
                    afterParameter = true;
                    field.setLength(0);
                    continue;
                }
                if (!afterParameter && node.getKind() != ElementKind.PROPERTY) {
                    continue;
                }
                if (node.getIndex() != null && field.length() > 0) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null) {
                    if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
            return field.length() > 0 ? field.toString() : (lastParameter != null ? lastParameter : path.toString());
        }
    }

    /** A status change the record's transition table does not allow: 409, both statuses in the reader's language. */
    @Provider
    public static class IllegalTransition implements ExceptionMapper<IllegalTransitionException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(IllegalTransitionException e) {
            Locale locale = RequestLocale.of(headers);
            String prefix = "state." + e.what() + ".";
            return Problem.of(409, "conflict", Messages.get(locale, "problem.state.title"))
                    .detail(Messages.get(locale, "problem.state.detail", Messages.get(locale, "state." + e.what()),
                            Messages.get(locale, prefix + e.from().name()), Messages.get(locale, prefix + e.to().name())))
                    .with("from", e.from().name())
                    .with("to", e.to().name())
                    .toResponse();
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<StaleUpdateException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(StaleUpdateException e) {
            Locale locale = RequestLocale.of(headers);
            String detail = e.changedBy() != null && e.changedAt() != null
                    ? Messages.get(locale, "problem.conflict.byWhom", Messages.get(locale, "entity." + e.entity()),
                            String.valueOf(e.id()), e.changedBy(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                    .format(e.changedAt().atZone(Shanghai.ZONE)))
                    : Messages.get(locale, "problem.conflict.detail",
                            Messages.get(locale, "entity." + e.entity()), String.valueOf(e.id()),
                            String.valueOf(e.expectedVersion()), String.valueOf(e.currentVersion()));
            return Problem.of(409, "conflict", Messages.get(locale, "problem.conflict.title"))
                    .detail(detail)
                    .with("currentVersion", e.currentVersion())
                    .with("changedBy", e.changedBy())
                    .with("changedAt", e.changedAt() == null ? null : e.changedAt().toString())
                    .with("yourInput", e.yourInput())
                    .toResponse();
        }
    }

    @Provider
    public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(OptimisticLockException e) {
            Locale locale = RequestLocale.of(headers);
            return Problem.of(409, "conflict", Messages.get(locale, "problem.conflict.title"))
                    .detail(Messages.get(locale, "problem.conflict.concurrent"))
                    .toResponse();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NotFoundException e) {
            Locale locale = RequestLocale.of(headers);
            String what = Messages.get(locale, "entity." + e.entity());
            if (e.field() != null) {
                // a reference inside the request names something that does not exist: bad input
                String message = Messages.get(locale, "problem.reference.unknown", what, String.valueOf(e.id()));
                return Problem.of(400, "validation", Messages.get(locale, "problem.validation.title"))
                        .detail(Messages.get(locale, "problem.validation.detail"))
                        .error(e.field(), message)
                        .toResponse();
            }
            return Problem.of(404, "not-found", Messages.get(locale, "problem.notfound.title"))
                    .detail(Messages.get(locale, "problem.notfound.detail", what, String.valueOf(e.id())))
                    .toResponse();
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AccessDeniedException e) {
            Locale locale = RequestLocale.of(headers);
            return Problem.of(403, "forbidden", Messages.get(locale, "problem.forbidden.title"))
                    .detail(Messages.get(locale, e.messageKey()))
                    .toResponse();
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidRequestException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidRequestException e) {
            Locale locale = RequestLocale.of(headers);
            Problem p = Problem.of(400, "validation", Messages.get(locale, "problem.validation.title"))
                    .detail(Messages.get(locale, "problem.validation.detail"));
            e.problems().forEach(f -> p.error(f.field(), Messages.get(locale, f.messageKey(), f.args())));
            return p.toResponse();
        }
    }

    /** A body that is not JSON, or holds a value of the wrong type (text where a number belongs). */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(headers, e);
        }
    }

    @Provider
    public static class UnparsableBody implements ExceptionMapper<JsonParsingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonParsingException e) {
            return unreadable(headers, e);
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(headers, e);
        }
    }

    /** A body past its operation's limit, found while it was read (one sent without a length): 413. */
    @Provider
    public static class TooLarge implements ExceptionMapper<BodyLimits.PayloadTooLargeException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BodyLimits.PayloadTooLargeException e) {
            return tooLarge(headers, e);
        }
    }

    static Response tooLarge(HttpHeaders headers, BodyLimits.PayloadTooLargeException e) {
        Locale locale = RequestLocale.of(headers);
        return Problem.of(413, "body-too-large", Messages.get(locale, "problem.http.413"))
                .detail(Messages.get(locale, "problem.bodyTooLarge.detail", Math.max(1, e.limit() / (1024 * 1024))))
                .toResponse();
    }

    /** The cut-off body's exception, when it caused {@code e} (a JSON reader met it half-way). */
    static BodyLimits.PayloadTooLargeException cutOff(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyLimits.PayloadTooLargeException p) {
                return p;
            }
        }
        return null;
    }

    static Response unreadable(HttpHeaders headers, Throwable e) {
        if (cutOff(e) != null) {
            return tooLarge(headers, cutOff(e));
        }
        Locale locale = RequestLocale.of(headers);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (reason.length() > 300) {
            reason = reason.substring(0, 300) + "…";
        }
        return Problem.of(400, "unreadable-body", Messages.get(locale, "problem.unreadable.title"))
                .detail(Messages.get(locale, "problem.unreadable.detail", reason))
                .toResponse();
    }
}
