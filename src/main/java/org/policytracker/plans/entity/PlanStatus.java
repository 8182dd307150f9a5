package org.policytracker.plans.entity;

import org.policytracker.platform.state.Lifecycle;

/** A plan is being prepared, is in force, or its period has been closed. */
public enum PlanStatus implements Lifecycle<PlanStatus> {
    DRAFT, IN_FORCE, CLOSED;

    /** Draft → in force; in force → closed; closed → in force again (reopened). A plan in force is never a draft again. */
    @Override
    public java.util.Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> java.util.EnumSet.of(IN_FORCE);
            case IN_FORCE -> java.util.EnumSet.of(CLOSED);
            case CLOSED -> java.util.EnumSet.of(IN_FORCE);
        };
    }
}
