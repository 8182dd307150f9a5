package org.policytracker.plans.entity;

/** A plan is being prepared, is in force, or its period has been closed. */
public enum PlanStatus {
    DRAFT, IN_FORCE, CLOSED
}
