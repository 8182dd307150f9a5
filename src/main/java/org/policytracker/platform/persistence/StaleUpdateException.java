package org.policytracker.platform.persistence;

/**
 * A client tried to change a record using a version that is no longer current: somebody else
 * saved it in between. Nothing is written; the client must reload and re-apply its change.
 */
public class StaleUpdateException extends RuntimeException {

    private final String entity;
    private final Object id;
    private final long expectedVersion;
    private final long currentVersion;

    public StaleUpdateException(String entity, Object id, long expectedVersion, long currentVersion) {
        super(entity + " " + id + " is at version " + currentVersion + ", update was based on " + expectedVersion);
        this.entity = entity;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    private String changedBy;
    private java.time.Instant changedAt;
    private transient jakarta.json.JsonValue yourInput;

    /**
     * Adds who saved in between, when, and what this client sent — returned with the refusal so
     * that the person can compare and nothing they typed is lost.
     */
    public StaleUpdateException withContext(String by, java.time.Instant at, jakarta.json.JsonValue input) {
        this.changedBy = by;
        this.changedAt = at;
        this.yourInput = input;
        return this;
    }

    public String changedBy() { return changedBy; }
    public java.time.Instant changedAt() { return changedAt; }
    public jakarta.json.JsonValue yourInput() { return yourInput; }

    public static void check(String entity, Object id, Long expected, long current) {
        if (expected == null || expected != current) {
            throw new StaleUpdateException(entity, id, expected == null ? -1 : expected, current);
        }
    }

    public String entity() { return entity; }
    public Object id() { return id; }
    public long expectedVersion() { return expectedVersion; }
    public long currentVersion() { return currentVersion; }
}
