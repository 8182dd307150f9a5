package org.policytracker.organisations.entity;

/** The level of an organisation in the administrative hierarchy. */
public enum OrganisationKind {
    /** 国家部委 / 国家机关: NDRC, MIIT and their departments. */
    NATIONAL_AGENCY,
    /** 省（自治区、直辖市）人民政府. */
    PROVINCE,
    /** 省直部门: provincial department, commission, bureau, or a central unit's provincial branch. */
    PROVINCIAL_DEPARTMENT,
    /** 地级市 (including Yangling Demonstration Zone and Hancheng). */
    CITY,
    /** 市直部门: a municipal bureau or commission. */
    CITY_BUREAU,
    /** 县（市、区）. */
    COUNTY,
    /** 工业园区管委会. */
    INDUSTRIAL_PARK,
    /** 企业. */
    ENTERPRISE
}
