package org.policytracker.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.time.Shanghai;
import org.policytracker.platform.rest.AccessDeniedException;

/**
 * What a form page shows besides its fields: the messages next to the fields (by the field path the
 * services name, "taskReports[2].status"), the messages at the top, and how a refused change is told
 * — invalid fields, someone else's save in between, no right to do it — in the page's language,
 * leaving what was typed as it was.
 */
public final class FormState implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Map<String, String> errors = new HashMap<>();
    private final Inline inline;

    /**
     * Which field paths have a place next to their field. Serializable, as the whole page is: a view's state
     * lives in the session, and with two nodes the session travels between them (docs/operations.md).
     */
    @FunctionalInterface
    public interface Inline extends Predicate<String>, Serializable {
    }

    /** @param inline which field paths have a place next to their field (the others go to the top) */
    public FormState(Inline inline) {
        this.inline = inline;
    }

    /** Runs a change; true if it went through, else the messages are set and the form stays as typed. */
    public boolean attempt(Language language, Runnable change) {
        errors.clear();
        try {
            change.run();
            return true;
        } catch (InvalidRequestException e) {
            for (InvalidRequestException.FieldProblem p : e.problems()) {
                String text = language.message(p.messageKey(), p.args());
                errors.merge(p.field(), text, (a, b) -> a + " " + b);
                if (!inline.test(p.field())) {
                    top(FacesMessage.SEVERITY_ERROR, text);
                }
            }
            top(FacesMessage.SEVERITY_ERROR, language.message("ui.submission.fix", e.problems().size()));
        } catch (StaleUpdateException e) {
            top(FacesMessage.SEVERITY_ERROR, language.message("ui.submission.conflict", e.changedBy() == null ? "?" : e.changedBy(),
                    e.changedAt() == null ? "" : at(e.changedAt())));
        } catch (AccessDeniedException e) {
            top(FacesMessage.SEVERITY_ERROR, language.message(e.messageKey()));
        }
        return false;
    }

    /**
     * Checks a request object with its Bean Validation constraints, as the REST boundary does; the
     * messages, in the page's language, go next to the fields ({@code prefix} + the property path).
     */
    public boolean valid(Language language, Object request, String prefix) {
        errors.clear();
        java.util.Locale locale = language.getLocale();
        jakarta.validation.MessageInterpolator base = VALIDATION.getMessageInterpolator();
        jakarta.validation.Validator validator = VALIDATION.usingContext().messageInterpolator(new jakarta.validation.MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, java.util.Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        }).getValidator();
        var violations = validator.validate(request);
        for (var v : violations) {
            String field = prefix + v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
            errors.merge(field, v.getMessage(), (a, b) -> a + " " + b);
            if (!inline.test(field)) {
                top(FacesMessage.SEVERITY_ERROR, v.getMessage());
            }
        }
        if (!violations.isEmpty()) {
            top(FacesMessage.SEVERITY_ERROR, language.message("ui.submission.fix", violations.size()));
        }
        return violations.isEmpty();
    }

    private static final jakarta.validation.ValidatorFactory VALIDATION = jakarta.validation.Validation.buildDefaultValidatorFactory();

    public void clear() {
        errors.clear();
    }

    public void put(String field, String text) {
        errors.put(field, text);
    }

    /** The message for a field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** A message at the top of the page. */
    public static void top(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /**
     * An uploaded workbook refused: each bad cell's message at the top (each names its sheet and cell), and the
     * summary — nothing saved, correct in Excel, upload again — returned for the upload field.
     */
    public static String workbookRefused(Language language, InvalidRequestException e) {
        e.problems().forEach(p -> top(FacesMessage.SEVERITY_ERROR, language.message(p.messageKey(), p.args())));
        return language.message("ui.excel.refused", e.problems().size());
    }

    /** A moment as the pages show it (Beijing time). */
    public static String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(Shanghai.ZONE));
    }
}
