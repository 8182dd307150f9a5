package org.policytracker.platform.rest;

/** The signed-in user's role or organisation does not allow this action (HTTP 403). */
public class AccessDeniedException extends RuntimeException {

    private final String messageKey;

    public AccessDeniedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
