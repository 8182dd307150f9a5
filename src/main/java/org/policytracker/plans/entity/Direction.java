package org.policytracker.plans.entity;

/** Which way an indicator should move: up (utilisation rate), down (water use per unit value added). */
public enum Direction {
    INCREASE, DECREASE
}
