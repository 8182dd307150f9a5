package org.policytracker.parks.entity;

/** 国家级 / 省级. */
public enum ParkLevel {
    NATIONAL, PROVINCIAL
}
