package org.policytracker.plans.control;

import java.time.LocalDate;
import org.policytracker.plans.entity.TaskKind;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.plans.entity.UnitRole;

/**
 * Which tasks to list: of a plan; for which a given organisation is responsible (in a given role,
 * or any), directly or as one of "the relevant departments of each city"; with a deadline in a
 * range; in a status; of a kind; containing a text. Any of them may be {@code null}.
 */
public record TaskFilter(Long planId, Long organisationId, UnitRole role, LocalDate deadlineFrom,
                         LocalDate deadlineTo, TaskStatus status, TaskKind kind, String text) {
}
