package org.policytracker.platform.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Conversion of request text that Bean Validation has already accepted ({@link IsoDate},
 * {@link EnumValue}, {@link #ID_PATTERN}) into typed values.
 */
public final class Values {

    /** A positive whole number of at most 18 digits (an id in a query parameter). */
    public static final String ID_PATTERN = "\\s*[0-9]{1,18}\\s*";

    private Values() {
    }

    /** The date, or {@code null} when the text is empty or not a valid ISO date. */
    public static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The constant named by {@code value} (case-insensitive), or {@code null}. */
    public static <E extends Enum<E>> E enumOf(Class<? extends Enum<?>> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                @SuppressWarnings("unchecked")
                E e = (E) constant;
                return e;
            }
        }
        return null;
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, E fallback) {
        E e = enumOf(type, value);
        return e == null ? fallback : e;
    }

    public static Long id(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    }

    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }
}
