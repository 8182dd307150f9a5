package org.policytracker.parks.entity;

/**
 * The notice's five areas of a park's circular transformation (seed 001, part two): optimise the
 * spatial layout, circular industrial links, energy saving and carbon reduction, efficient use of
 * resources, centralised pollution control.
 */
public enum TransformationArea {
    SPATIAL_LAYOUT, CIRCULAR_LINKS, ENERGY_AND_CARBON, RESOURCE_UTILISATION, POLLUTION_CONTROL
}
