package org.policytracker.reports.entity;

/** The reports an office issues (印发), and what their subject id names. */
public enum IssuedReportKind {
    /** A plan's implementation summary for one period; subject: the plan, period: its code (2024, 2020-H1). */
    PLAN_SUMMARY,
    /** A plan's indicator attainment; subject: the plan. */
    INDICATORS,
    /** A reporting cycle's timeliness and ranking; subject: the cycle. */
    TIMELINESS,
    /** A province's annual summary of its parks' circular transformation; subject: the province, period: the year. */
    PARK_SUMMARY
}
