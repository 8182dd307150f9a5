package org.policytracker.reports.control;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JasperReport;

/**
 * That a template prints every component of the lines it is filled with: each is a declared field, of a class the
 * value can be handed over as (a number as a number). Checked once per template and line type, before any fill, so a
 * renamed component or a misspelt field fails the first report instead of printing a blank column.
 */
final class TemplateFields {

    private static final Map<String, Boolean> CHECKED = new ConcurrentHashMap<>();

    private TemplateFields() {
    }

    static void check(JasperReport template, Class<?> lineType) {
        CHECKED.computeIfAbsent(template.getName() + "/" + lineType.getName(), k -> {
            Map<String, JRField> fields = new java.util.HashMap<>();
            for (JRField f : template.getFields() == null ? new JRField[0] : template.getFields()) {
                fields.put(f.getName(), f);
            }
            LineSource.componentTypes(lineType).forEach((name, type) -> {
                JRField f = fields.get(name);
                if (f == null) {
                    throw new IllegalStateException("reports/" + template.getName() + ".jrxml has no field \"" + name
                            + "\" for " + lineType.getSimpleName() + "'s component");
                }
                if (!fits(type, f.getValueClass())) {
                    throw new IllegalStateException("reports/" + template.getName() + ".jrxml declares \"" + name + "\" as "
                            + f.getValueClassName() + ", but " + lineType.getSimpleName() + " has " + type.getSimpleName());
                }
            });
            return true;
        });
    }

    private static boolean fits(Class<?> component, Class<?> field) {
        if (field.isAssignableFrom(component)) {
            return true;
        }
        boolean number = Number.class.isAssignableFrom(component) || component == int.class || component == long.class
                || component == double.class;
        return number && (field == BigDecimal.class || field == Integer.class || field == Long.class || field == Double.class);
    }
}
