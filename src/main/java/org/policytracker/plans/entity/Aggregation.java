package org.policytracker.plans.entity;

/**
 * How values of several scopes (cities → province) or periods combine: totals add up
 * (coal consumed, robots installed), rates and intensities are averaged, stock figures take the
 * latest value.
 */
public enum Aggregation {
    SUM, AVERAGE, LATEST, MAX, MIN
}
