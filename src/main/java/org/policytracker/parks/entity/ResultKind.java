package org.policytracker.parks.entity;

/** The expected results a park plan states, each with its unit (seed 001, part three (3)). */
public enum ResultKind {
    ENERGY_SAVED("tce", "节能量"),
    WATER_SAVED("m³", "节水量"),
    CO2_REDUCED("t", "二氧化碳减排量"),
    SOLID_WASTE_REDUCED("t", "固体废物减量"),
    WASTEWATER_REDUCED("t", "废水减排量"),
    AIR_POLLUTANTS_REDUCED("t", "主要大气污染物减排量"),
    ENERGY_PER_GDP("tce/10⁴ yuan", "单位GDP能耗"),
    WATER_PER_GDP("m³/10⁴ yuan", "单位GDP用水量"),
    SOLID_WASTE_UTILISATION_RATE("%", "固体废物综合利用率");

    private final String unit;
    private final String nameZh;

    ResultKind(String unit, String nameZh) {
        this.unit = unit;
        this.nameZh = nameZh;
    }

    public String unit() {
        return unit;
    }

    public String nameZh() {
        return nameZh;
    }
}
