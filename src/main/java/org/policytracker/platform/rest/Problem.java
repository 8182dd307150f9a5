package org.policytracker.platform.rest;

import org.policytracker.platform.json.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). Every refused REST request
 * gets one: a type, a localised title and detail, and for bad input one entry per bad field.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");
    private static final String TYPE_PREFIX = "urn:policytracker:problem:";

    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String type;
    private final String title;
    private String detail;
    private final List<FieldError> errors = new ArrayList<>();
    private final JsonObjectBuilder extra = Jsons.PROVIDER.createObjectBuilder();

    private Problem(int status, String type, String title) {
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public static Problem of(Response.StatusType status, String type, String title) {
        return new Problem(status.getStatusCode(), type, title);
    }

    public static Problem of(int status, String type, String title) {
        return new Problem(status, type, title);
    }

    public Problem detail(String detail) {
        this.detail = detail;
        return this;
    }

    public Problem error(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public Problem with(String name, long value) {
        extra.add(name, value);
        return this;
    }

    public Problem with(String name, String value) {
        if (value != null) {
            extra.add(name, value);
        }
        return this;
    }

    /** Any JSON value, e.g. the input a refused save carried (so that nothing typed is lost). */
    public Problem with(String name, jakarta.json.JsonValue value) {
        if (value != null) {
            extra.add(name, value);
        }
        return this;
    }

    public Response toResponse() {
        JsonObjectBuilder body = Jsons.PROVIDER.createObjectBuilder()
                .add("type", TYPE_PREFIX + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Jsons.PROVIDER.createArrayBuilder();
            errors.forEach(e -> list.add(Jsons.PROVIDER.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        extra.build().forEach(body::add);
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }
}
