package org.policytracker.platform.persistence;

/**
 * A part of a record (a task's unit, a report's answer, an attachment): its changes are recorded in the audit entry
 * of its {@link #auditRoot() root}, under {@link #auditLabel()} — so one save of a 17-task report is one entry with
 * what changed in each answer.
 */
public interface AuditedPart {

    /** The record this part belongs to. */
    Auditable auditRoot();

    /** How the part is named in its root's entry, e.g. {@code 任务 3.1} or {@code 附件 evidence.pdf}. */
    String auditLabel();
}
