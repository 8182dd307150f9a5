package org.policytracker.security.control;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;
import org.policytracker.platform.json.Jsons;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.io.Sha256;
import jakarta.persistence.Entity;

/**
 * How the audit trail writes a value: text, number, boolean, a reference to another record by its code (or type and
 * id), a long text by its length and checksum; and whether two values are the same change-wise (entities by type and
 * id, so a lazy reference equals its loaded self). The trail's JSON is flat: one field, one value or list.
 */
final class AuditValues {

    private AuditValues() {
    }

    /** A text longer than this is kept by its length and checksum (a frozen report's whole content, for instance). */
    static final int LONGEST_VALUE = 16_000;

    private static final Map<Class<?>, Method> CODES = new ConcurrentHashMap<>();
    private static final Method NO_CODE;

    static {
        try {
            NO_CODE = Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Whether two field values are the same: entities by type and id (a lazy reference and its loaded self are). */
    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a == Absent.VALUE || b == Absent.VALUE) {
            return false;
        }
        if (isEntity(a) || isEntity(b)) {
            return isEntity(a) && isEntity(b) && identity(a).equals(identity(b));
        }
        return Objects.equals(value(a), value(b));
    }

    private static boolean isEntity(Object v) {
        return v instanceof HibernateProxy || v.getClass().isAnnotationPresent(Entity.class);
    }

    private static String identity(Object v) {
        if (v instanceof HibernateProxy p) {
            return p.getHibernateLazyInitializer().getPersistentClass().getName() + "#"
                    + p.getHibernateLazyInitializer().getInternalIdentifier();
        }
        Object id;
        try {
            id = v instanceof Auditable a ? a.getId() : v.getClass().getMethod("getId").invoke(v);
        } catch (ReflectiveOperationException e) {
            id = System.identityHashCode(v);
        }
        return Hibernate.getClass(v).getName() + "#" + id;
    }

    /** What a kept value is shown as (a list from a collection is already shown). */
    static Object shown(Object v) {
        return v == Absent.VALUE || v instanceof Collection<?> ? v : value(v instanceof HibernateProxy p ? Hibernate.unproxy(p) : v);
    }

    /** A value as the trail shows it: text, number, boolean, or a reference by code. */
    static Object value(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof HibernateProxy p) {
            if (!Hibernate.isInitialized(p)) {
                return p.getHibernateLazyInitializer().getEntityName().replaceAll(".*\\.", "") + "#"
                        + p.getHibernateLazyInitializer().getInternalIdentifier();
            }
            v = unproxied(v);
        }
        if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            return v;
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros();
        }
        if (v instanceof byte[] bytes) {
            return bytes.length + " bytes";
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Instant i) {
            return i.truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (v.getClass().isAnnotationPresent(Entity.class)) {
            return reference(v);
        }
        String text = String.valueOf(v);
        if (text.length() > LONGEST_VALUE) {
            return text.length() + " characters, SHA-256 " + sha256(text);
        }
        return text;
    }

    static Object unproxied(Object v) {
        return v instanceof HibernateProxy p && Hibernate.isInitialized(p) ? p.getHibernateLazyInitializer().getImplementation() : v;
    }

    /** An entity named by its code where it has one (organisations, plans, cycles …), else by type and id. */
    private static String reference(Object entity) {
        Method code = CODES.computeIfAbsent(entity.getClass(), c -> {
            try {
                Method m = c.getMethod("getCode");
                return m.getReturnType() == String.class ? m : NO_CODE;
            } catch (NoSuchMethodException e) {
                return NO_CODE;
            }
        });
        try {
            if (code != NO_CODE) {
                Object c = code.invoke(entity);
                if (c != null) {
                    return (String) c;
                }
            }
            Object id = entity instanceof Auditable a ? a.getId() : entity.getClass().getMethod("getId").invoke(entity);
            return entity.getClass().getSimpleName() + "#" + id;
        } catch (ReflectiveOperationException e) {
            return entity.getClass().getSimpleName();
        }
    }

    private static String sha256(String text) {
        return Sha256.hex(text);
    }

    /** "Not there": before a creation, after a deletion. */
    enum Absent { VALUE }

    /** A flat JSON object of the fields (strings, numbers, booleans, lists of strings). */
    static String json(Map<String, Object> fields) {
        var b = Jsons.PROVIDER.createObjectBuilder();
        fields.forEach((k, v) -> {
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof Boolean bool) {
                b.add(k, bool);
            } else if (v instanceof Long || v instanceof Integer) {
                b.add(k, ((Number) v).longValue());
            } else if (v instanceof BigDecimal d) {
                b.add(k, d);
            } else if (v instanceof Collection<?> c) {
                var a = Jsons.PROVIDER.createArrayBuilder();
                c.forEach(x -> a.add(String.valueOf(x)));
                b.add(k, a);
            } else {
                b.add(k, String.valueOf(v));
            }
        });
        return b.build().toString();
    }
}
