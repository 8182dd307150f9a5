package org.policytracker.plans.entity;

/**
 * What a list recognises its units as: typical cases (典型案例), water-saving benchmark enterprises
 * (节水标杆企业), water-efficiency leaders (水效领跑者). Targets that count such units count these.
 */
public enum Recognition {
    TYPICAL_CASE, WATER_SAVING_BENCHMARK, WATER_EFFICIENCY_LEADER
}
