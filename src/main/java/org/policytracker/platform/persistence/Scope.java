package org.policytracker.platform.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user may see of a kind of record, as a JPQL condition over an alias and its parameters, to be and-ed into
 * every query of that kind. Each capability states its own ({@code PlanAccess.planScope}, {@code ReportingAccess.submissionScope}
 * …) from its entities' metamodel names ({@link #path}), so a renamed field fails the build, not security.
 */
public record Scope(String jpql, Map<String, Object> params) {

    public static Scope all() {
        return new Scope("1 = 1", Map.of());
    }

    public static Scope none() {
        return new Scope("1 = 0", Map.of());
    }

    /** The alternatives or-ed, with only the parameters they use (JPA refuses unknown ones). */
    public static Scope anyOf(List<String> alternatives, Map<String, Object> params) {
        String jpql = String.join(" or ", alternatives);
        Map<String, Object> used = new HashMap<>();
        params.forEach((k, v) -> {
            if (jpql.matches("(?s).*:" + k + "\\b.*")) {
                used.put(k, v);
            }
        });
        return new Scope(jpql, used);
    }

    /** {@code alias.a.b}: a path of metamodel attribute names (e.g. {@code Plan_.OWNER, Organisation_.ID}). */
    public static String path(String alias, String... attributes) {
        return alias + "." + String.join(".", attributes);
    }

    /** The entity name of a class, as JPQL names it in {@code from} (the class's simple name here). */
    public static String entity(Class<?> type) {
        return type.getSimpleName();
    }
}
