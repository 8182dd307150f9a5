package org.policytracker.plans.entity;

/** Who issued a plan: the national, provincial or municipal level. */
public enum PlanLevel {
    NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, PARK
}
