package org.policytracker.platform.persistence;

import java.util.Map;

/** A record whose changes the audit trail keeps: its state as plain values (references by id and code). */
public interface Auditable {

    /** The type name used in the audit trail, e.g. {@code plan}. */
    String auditType();

    Long getId();

    /** The state worth keeping, in a stable order. */
    Map<String, Object> snapshot();
}
