package org.policytracker.platform.rest;

import java.util.List;

/**
 * A request that is well-formed but breaks a business rule about one or more of its fields, e.g.
 * a task whose parent belongs to another plan. Message keys are looked up in {@code i18n/messages};
 * all broken fields are reported together.
 */
public class InvalidRequestException extends RuntimeException {

    /** One broken field: its name as the client knows it, the message key and its arguments. */
    public record FieldProblem(String field, String messageKey, Object... args) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(String field, String messageKey, Object... args) {
        this(List.of(new FieldProblem(field, messageKey, args)));
    }

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).reduce((a, b) -> a + "; " + b).orElse(""));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem given");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() { return problems; }
    public String field() { return problems.get(0).field(); }
    public String messageKey() { return problems.get(0).messageKey(); }
    public Object[] args() { return problems.get(0).args(); }
}
