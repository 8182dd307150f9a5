package org.policytracker.parks.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.policytracker.platform.persistence.VersionChanges.Change;

/**
 * What changed between two sent versions of a park filing (an implementation plan, an annual report): every answer
 * that differs, read from the two frozen contents whatever their type. A list's items are matched by their code
 * (a project), else their kind (an expected result), else their place (a main task), so a project moved down the list
 * is not reported as changed; each differing field is one {@link Change}: part = the list's name ({@code projects},
 * {@code results} …) or {@code filing} for the filing's own fields, number = the item's code, kind or place, title =
 * its name when it has one. Values as stored (an area or a status by its code, a number by its value). A pure function.
 */
public final class FilingCompare {

    private FilingCompare() {
    }

    /** The changes from the content {@code from} to {@code to} (JSON; null or blank: nothing yet). */
    public static List<Change> between(String from, String to) {
        JsonObject a = parse(from);
        JsonObject b = parse(to);
        List<Change> out = new ArrayList<>();
        for (String key : keys(a, b)) {
            JsonValue before = a.get(key);
            JsonValue after = b.get(key);
            if (isArray(before) || isArray(after)) {
                items(out, key, array(before), array(after));
            } else {
                add(out, "filing", null, null, key, before, after);
            }
        }
        return out;
    }

    private static void items(List<Change> out, String part, JsonArray before, JsonArray after) {
        Map<String, JsonObject> a = keyed(before);
        Map<String, JsonObject> b = keyed(after);
        Set<String> ids = new LinkedHashSet<>(b.keySet());
        ids.addAll(a.keySet());
        for (String id : ids) {
            JsonObject x = a.getOrDefault(id, JsonValue.EMPTY_JSON_OBJECT);
            JsonObject y = b.getOrDefault(id, JsonValue.EMPTY_JSON_OBJECT);
            String title = text(y.containsKey("name") ? y.get("name") : x.get("name"));
            for (String field : keys(x, y)) {
                if (!field.equals("code") && !field.equals("kind")) {
                    add(out, part, id, title, field, x.get(field), y.get(field));
                }
            }
        }
    }

    /** Items by their code, else their kind, else their place (1, 2 …). */
    private static Map<String, JsonObject> keyed(JsonArray items) {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.get(i).getValueType() == JsonValue.ValueType.OBJECT ? items.getJsonObject(i) : JsonValue.EMPTY_JSON_OBJECT;
            String code = text(item.get("code"));
            String kind = text(item.get("kind"));
            String key = code != null ? code : kind != null ? kind : String.valueOf(i + 1);
            out.putIfAbsent(out.containsKey(key) ? key + " (" + (i + 1) + ")" : key, item);
        }
        return out;
    }

    private static void add(List<Change> out, String part, String number, String title, String field, JsonValue before, JsonValue after) {
        String x = text(before);
        String y = text(after);
        if (!Objects.equals(x, y)) {
            out.add(new Change(part, null, number, title, field, x, y));
        }
    }

    private static String text(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String s = switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            // 10.0 and 10 are the same figure
            case NUMBER -> ((JsonNumber) v).bigDecimalValue().stripTrailingZeros().toPlainString();
            default -> v.toString();
        };
        return s.isBlank() ? null : s.strip();
    }

    private static Set<String> keys(JsonObject a, JsonObject b) {
        Set<String> out = new LinkedHashSet<>(b.keySet());
        out.addAll(a.keySet());
        return out;
    }

    private static boolean isArray(JsonValue v) {
        return v != null && v.getValueType() == JsonValue.ValueType.ARRAY;
    }

    private static JsonArray array(JsonValue v) {
        return isArray(v) ? v.asJsonArray() : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}
