package org.policytracker.plans.entity;

/**
 * Whom an assignment names. {@link #SELF}: the organisation itself. {@link #EACH_CITY}: every city,
 * city bureau and county under the organisation ("relevant departments of each city (district)").
 * {@link #EACH_PARK}: every industrial park under it ("park management agencies").
 */
public enum Coverage {
    SELF, EACH_CITY, EACH_PARK
}
