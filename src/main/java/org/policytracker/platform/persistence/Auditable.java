package org.policytracker.platform.persistence;

/**
 * A record the audit trail keeps under its own name (an aggregate root: plan, task, submission …). Every insert,
 * update and delete of an entity is recorded without a call at the write site ({@code security.control.AuditRecorder}):
 * a root under {@link #auditType()} and its id, a {@link AuditedPart part} under its root, anything else under its
 * class name, unless it is {@link NotAudited}.
 */
public interface Auditable {

    /** The type name used in the audit trail, e.g. {@code plan}. */
    String auditType();

    Long getId();
}
