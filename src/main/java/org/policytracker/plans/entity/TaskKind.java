package org.policytracker.plans.entity;

/** A node of a plan's task tree: a section heading (一、/（一）), a task (1.), or a sub-task ((1)). */
public enum TaskKind {
    SECTION, TASK, SUBTASK
}
