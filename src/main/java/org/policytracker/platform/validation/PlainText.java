package org.policytracker.platform.validation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What a person's text may not hold, in any field of any request: control characters other than tab, line feed and
 * carriage return (NUL, escape …), the bidirectional overrides and isolates that make "‮fdp.exe" read as
 * "exe.pdf", a lone UTF-16 surrogate, and the replacement character U+FFFD that stands for bytes that were not valid
 * UTF-8. Refused with a message naming the field, never stored or silently replaced.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Where the first character not allowed is, or -1. */
    public static int badIndex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r'
                    : c == 0x7F || c >= 0x80 && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                    || c == 0xFFFD) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The character at {@code i} as a person can name it: U+202E. */
    public static String codePoint(String s, int i) {
        return String.format("U+%04X", (int) s.charAt(i));
    }

    /**
     * The first field of a request object (the application's own classes, their lists and maps, to a depth of 8)
     * holding a character not allowed, as its path ({@code tasks[2].narrative}) and the character.
     */
    public static Optional<String[]> firstBad(Object data) {
        return walk(data, "", 0);
    }

    private static Optional<String[]> walk(Object value, String path, int depth) {
        if (value == null || depth > 8) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            int i = badIndex(s);
            return i < 0 ? Optional.empty() : Optional.of(new String[] {path.isEmpty() ? "body" : path, codePoint(s, i)});
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                Optional<String[]> bad = walk(item, path + "[" + i++ + "]", depth + 1);
                if (bad.isPresent()) {
                    return bad;
                }
            }
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Optional<String[]> bad = walk(e.getKey(), path, depth + 1).or(() -> walk(e.getValue(), path + "." + e.getKey(), depth + 1));
                if (bad.isPresent()) {
                    return bad;
                }
            }
            return Optional.empty();
        }
        if (!value.getClass().getName().startsWith("org.policytracker.")) {
            return Optional.empty();
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Optional<String[]> bad = walk(f.get(value), path.isEmpty() ? f.getName() : path + "." + f.getName(), depth + 1);
                    if (bad.isPresent()) {
                        return bad;
                    }
                } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                    // a field the walk cannot read holds nothing a person typed
                }
            }
        }
        return Optional.empty();
    }
}
