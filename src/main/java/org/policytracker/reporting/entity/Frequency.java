package org.policytracker.reporting.entity;

/** How often a cycle asks for a report: every half year (上半年/下半年), every quarter or every year. */
public enum Frequency {
    SEMI_ANNUAL, QUARTERLY, ANNUAL
}
