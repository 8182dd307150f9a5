package org.policytracker.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the API reads and writes it: empty fields are written as {@code null}, not left out;
 * request classes are read through their fields. (They are classes, not records: Payara 6's
 * OpenAPI generator fails on constraint annotations that records copy onto constructor parameters.)
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true)
            .withPropertyVisibilityStrategy(new PropertyVisibilityStrategy() {
                // request classes (…Data) keep private fields and record-style accessors
                @Override
                public boolean isVisible(Field field) {
                    return !Modifier.isStatic(field.getModifiers());
                }

                @Override
                public boolean isVisible(Method method) {
                    return Modifier.isPublic(method.getModifiers());
                }
            }));

    /** The API's JSON-B, for an answer written ahead of the response (kept answers). */
    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
