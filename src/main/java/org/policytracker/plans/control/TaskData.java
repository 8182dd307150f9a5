package org.policytracker.plans.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.TaskKind;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.plans.entity.UnitRole;
import org.policytracker.platform.validation.EnumValue;
import org.policytracker.platform.validation.IsoDate;

/**
 * A task as a client sends it: where it sits in the tree, its text, deadline and units.
 * {@code planId} is needed to create (a change keeps the plan); {@code position} defaults to
 * the end of its siblings.
 */
public final class TaskData {

    private Long planId;
    private Long parentId;
    @NotBlank(message = "{field.required}") @EnumValue(TaskKind.class) private String kind;
    @NotBlank(message = "{task.number.required}") @Size(max = 32, message = "{field.tooLong}") private String number;
    @PositiveOrZero(message = "{field.notNegative}") private Integer position;
    @Size(max = 500, message = "{field.tooLong}") private String titleZh;
    @Size(max = 500, message = "{field.tooLong}") private String titleEn;
    @Size(max = 20000, message = "{field.tooLong}") private String description;
    @IsoDate private String deadline;
    @Size(max = 1000, message = "{field.tooLong}") private String deadlineText;
    @EnumValue(TaskStatus.class) private String status;
    @Size(max = 100, message = "{field.tooMany}") @Valid private List<Assignment> assignments;
    @Size(max = 100, message = "{field.tooMany}") @Valid private List<MilestoneData> milestones;
    private Long version;

    /** For JSON-B. */
    public TaskData() {
    }

    public TaskData(Long planId, Long parentId, String kind, String number, Integer position, String titleZh, String titleEn, String description, String deadline, String deadlineText, String status, List<Assignment> assignments, List<MilestoneData> milestones, Long version) {
        this.planId = planId;
        this.parentId = parentId;
        this.kind = kind;
        this.number = number;
        this.position = position;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.description = description;
        this.deadline = deadline;
        this.deadlineText = deadlineText;
        this.status = status;
        this.assignments = assignments;
        this.milestones = milestones;
        this.version = version;
    }

    public Long planId() {
        return planId;
    }

    public Long parentId() {
        return parentId;
    }

    public String kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    public Integer position() {
        return position;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String description() {
        return description;
    }

    public String deadline() {
        return deadline;
    }

    public String deadlineText() {
        return deadlineText;
    }

    public String status() {
        return status;
    }

    public List<Assignment> assignments() {
        return assignments;
    }

    public List<MilestoneData> milestones() {
        return milestones;
    }

    public Long version() {
        return version;
    }


    /** A unit responsible for the task in a role. */
    public static final class Assignment {

        @NotBlank(message = "{field.required}") @EnumValue(UnitRole.class) private String role;
        @NotNull(message = "{field.required}") private Long organisationId;
        @EnumValue(Coverage.class) private String coverage;
        @Size(max = 500, message = "{field.tooLong}") private String note;

        /** For JSON-B. */
        public Assignment() {
        }

        public Assignment(String role, Long organisationId, String coverage, String note) {
            this.role = role;
            this.organisationId = organisationId;
            this.coverage = coverage;
            this.note = note;
        }

        public String role() {
            return role;
        }

        public Long organisationId() {
            return organisationId;
        }

        public String coverage() {
            return coverage;
        }

        public String note() {
            return note;
        }
    }

    /** An intermediate date on the way to the deadline. */
    public static final class MilestoneData {

        @IsoDate private String dueDate;
        @Size(max = 1000, message = "{field.tooLong}") private String descriptionZh;
        @Size(max = 1000, message = "{field.tooLong}") private String descriptionEn;

        /** For JSON-B. */
        public MilestoneData() {
        }

        public MilestoneData(String dueDate, String descriptionZh, String descriptionEn) {
            this.dueDate = dueDate;
            this.descriptionZh = descriptionZh;
            this.descriptionEn = descriptionEn;
        }

        public String dueDate() {
            return dueDate;
        }

        public String descriptionZh() {
            return descriptionZh;
        }

        public String descriptionEn() {
            return descriptionEn;
        }
    }
}
