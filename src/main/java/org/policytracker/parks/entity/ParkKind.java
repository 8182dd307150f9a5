package org.policytracker.parks.entity;

/**
 * The kinds the national notice names (seed 001): economic and technological development zone
 * (经济技术开发区), high-tech industrial development zone (高新技术产业开发区), export processing zone
 * (出口加工区), other industrial park (其他类型产业园区).
 */
public enum ParkKind {
    ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE, HIGH_TECH_ZONE, EXPORT_PROCESSING_ZONE, OTHER
}
