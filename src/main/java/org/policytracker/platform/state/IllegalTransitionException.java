package org.policytracker.platform.state;

/**
 * A status change its entity's transition table does not allow (a report accepted while still a draft, a plan closed
 * before it was in force): refused by the entity itself, answered 409 with the statuses in the reader's language.
 */
public class IllegalTransitionException extends RuntimeException {

    private final String what;
    private final Enum<?> from;
    private final Enum<?> to;

    public IllegalTransitionException(String what, Enum<?> from, Enum<?> to) {
        super(what + " " + from + " → " + to + " is not allowed");
        this.what = what;
        this.from = from;
        this.to = to;
    }

    /** The kind of record: submission, filing, parkList, plan (its message keys' prefix). */
    public String what() {
        return what;
    }

    public Enum<?> from() {
        return from;
    }

    public Enum<?> to() {
        return to;
    }
}
