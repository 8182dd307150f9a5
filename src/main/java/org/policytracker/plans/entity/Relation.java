package org.policytracker.plans.entity;

/** How a target value is to be read: at most (≤, 控制在…以内), at least (≥, 不低于), about (约), exactly. */
public enum Relation {
    AT_MOST, AT_LEAST, ABOUT, EQUAL
}
