package org.policytracker.plans.entity;

/** Where a task stands (进展情况): not started, in progress, completed, delayed. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, DELAYED
}
