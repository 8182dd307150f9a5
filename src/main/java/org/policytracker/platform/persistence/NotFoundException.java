package org.policytracker.platform.persistence;

/** A record addressed by id (or by a reference inside a request body) does not exist. */
public class NotFoundException extends RuntimeException {

    private final String entity;
    private final Object id;
    private final String field;

    public NotFoundException(String entity, Object id) {
        this(entity, id, null);
    }

    /** @param field the request field that carried the unknown reference, or {@code null} for the path */
    public NotFoundException(String entity, Object id, String field) {
        super(entity + " " + id + " not found");
        this.entity = entity;
        this.id = id;
        this.field = field;
    }

    public String entity() { return entity; }
    public Object id() { return id; }
    public String field() { return field; }
}
