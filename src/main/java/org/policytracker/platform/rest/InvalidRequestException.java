package org.policytracker.platform.rest;

/**
 * A request that is well-formed but breaks a business rule about one of its fields, e.g. a task
 * whose parent belongs to another plan. {@code messageKey} is looked up in {@code i18n/messages}.
 */
public class InvalidRequestException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public InvalidRequestException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() { return field; }
    public String messageKey() { return messageKey; }
    public Object[] args() { return args; }
}
