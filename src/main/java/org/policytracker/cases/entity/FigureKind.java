package org.policytracker.cases.entity;

/** The figures read from a typical case's text (水重复利用率, 单位产品用水量, 再生水利用量, 节约用水量). */
public enum FigureKind {
    WATER_REUSE_RATE, UNIT_WATER_USE, RECLAIMED_WATER, WATER_SAVED
}
