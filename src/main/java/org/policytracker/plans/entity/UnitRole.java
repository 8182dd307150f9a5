package org.policytracker.plans.entity;

/**
 * How a unit is responsible for a task, as plans word it:
 * <ul>
 * <li>{@link #LEAD} 牵头单位 — "X will take the lead", "led by X";</li>
 * <li>{@link #CO_RESPONSIBLE} 责任单位 — "X, Y … shall be responsible according to their respective duties" (按职责分工负责);</li>
 * <li>{@link #COOPERATING} 配合单位 — "implemented in cooperation with Y";</li>
 * <li>{@link #IMPLEMENTING} 落实单位 — "relevant departments of each city (district) implement" (各市（区）相关部门落实);</li>
 * <li>{@link #GUIDING} 指导单位 — "X指导": a national or provincial body that guides those who implement; it sees the
 * task and its progress but does not report on it.</li>
 * </ul>
 */
public enum UnitRole {
    LEAD, CO_RESPONSIBLE, COOPERATING, IMPLEMENTING, GUIDING
}
