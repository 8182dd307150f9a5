package org.policytracker.reports.control;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A bean data source over typed report lines (records): a field is the component of the same name, {@code kind} is
 * the line's {@link ReportLine#kind()}, and a field the current line does not have is null (another band's).
 * JasperReports' own bean source reads getter-style beans only ({@code getTitle()}), not a record's {@code title()}.
 * Numbers are handed over in the class the template declares (BigDecimal for Excel's number cells).
 */
public final class LineSource implements JRRewindableDataSource {

    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> out = new LinkedHashMap<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Method m = c.getAccessor();
                    m.trySetAccessible();
                    out.put(c.getName(), m);
                }
            }
            return out;
        }
    };

    private final List<? extends ReportLine> lines;
    private int index = -1;

    public LineSource(List<? extends ReportLine> lines) {
        this.lines = lines;
    }

    @Override
    public boolean next() {
        return ++index < lines.size();
    }

    @Override
    public void moveFirst() {
        index = -1;
    }

    @Override
    public Object getFieldValue(JRField field) {
        ReportLine line = lines.get(index);
        if (field.getName().equals("kind")) {
            return line.kind();
        }
        Method m = COMPONENTS.get(line.getClass()).get(field.getName());
        return m == null ? null : as(value(line, m), field.getValueClass());
    }

    /** The components of a line's record, by name, in their order. */
    public static Map<String, Object> components(ReportLine line) {
        Map<String, Object> out = new LinkedHashMap<>();
        COMPONENTS.get(line.getClass()).forEach((name, m) -> out.put(name, value(line, m)));
        return out;
    }

    /** The component names and types of a line record. */
    static Map<String, Class<?>> componentTypes(Class<?> type) {
        Map<String, Class<?>> out = new LinkedHashMap<>();
        COMPONENTS.get(type).forEach((name, m) -> out.put(name, m.getReturnType()));
        return out;
    }

    private static Object value(ReportLine line, Method m) {
        try {
            return m.invoke(line);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("report line " + line.getClass().getSimpleName() + "." + m.getName(), e);
        }
    }

    /** A number in the class the template declares; anything else as it is. */
    static Object as(Object v, Class<?> type) {
        if (!(v instanceof Number n) || type.isInstance(v)) {
            return v;
        }
        if (type == BigDecimal.class) {
            return decimal(n);
        }
        if (type == Integer.class) {
            return n.intValue();
        }
        if (type == Long.class) {
            return n.longValue();
        }
        if (type == Double.class) {
            return n.doubleValue();
        }
        return v;
    }

    /** A number as a decimal without trailing zeros (15.0 → 15, 14.50 → 14.5). */
    static BigDecimal decimal(Number n) {
        if (n == null) {
            return null;
        }
        BigDecimal d = n instanceof BigDecimal b ? b
                : n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()) : BigDecimal.valueOf(n.longValue());
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
