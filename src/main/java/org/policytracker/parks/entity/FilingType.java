package org.policytracker.parks.entity;

/** 园区循环化改造实施方案 (the plan) or 年度进展报告 (the annual progress report). */
public enum FilingType {
    PLAN, ANNUAL_REPORT
}
