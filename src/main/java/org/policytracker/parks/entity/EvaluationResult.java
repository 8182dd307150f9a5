package org.policytracker.parks.entity;

/** The province's evaluation and acceptance (评估验收) of a park's transformation at the end of the period. */
public enum EvaluationResult {
    PASSED, PASSED_WITH_CONDITIONS, FAILED
}
