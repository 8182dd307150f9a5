package org.policytracker.platform.rest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Makes the generated OpenAPI document one a client generator and a linter accept, for every operation at once:
 * path templates without JAX-RS regular expressions ({@code /api/cases/{id: [0-9]+}} → {@code /api/cases/{id}}), one
 * operation id per operation derived from its method and path ({@code GET /api/plans/{id}/tasks} →
 * {@code getPlansIdTasks}; the Java method names repeat: get, list, create …), and the Keycloak bearer token as the
 * security of the whole API; the application's context root as its server. Registered by {@code mp.openapi.filter}.
 */
public class OpenApiFilter implements OASFilter {

    /** A schema with no type says nothing by "nullable: false" (the generator writes it on every schema); linters refuse it. */
    @Override
    public org.eclipse.microprofile.openapi.models.media.Schema filterSchema(org.eclipse.microprofile.openapi.models.media.Schema schema) {
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("keycloak")));
        openAPI.setServers(List.of(OASFactory.createServer().url("/policy-tracker").description("the application, at its context root")));
        if (openAPI.getTags() != null) {
            // each tag once (the application declares them, the resources name them again), the described one kept
            Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> tags = new LinkedHashMap<>();
            openAPI.getTags().forEach(t -> tags.merge(t.getName(), t, (a, b) -> a.getDescription() != null ? a : b));
            openAPI.setTags(new java.util.ArrayList<>(tags.values()));
        }
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> cleaned = new LinkedHashMap<>();
        paths.getPathItems().forEach((path, item) -> cleaned.merge(template(path), item, (a, b) -> a));
        new HashSet<>(paths.getPathItems().keySet()).forEach(paths::removePathItem);
        Set<String> ids = new HashSet<>();
        cleaned.forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                String id = operationId(e.getKey().name(), path);
                for (int n = 2; !ids.add(id); n++) {
                    id = operationId(e.getKey().name(), path) + n;
                }
                e.getValue().setOperationId(id);
            }
            paths.addPathItem(path, item);
        });
    }

    /** {@code /api/cases/{id: [0-9]+}} → {@code /api/cases/{id}}. */
    static String template(String path) {
        return path.replaceAll("\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*:[^}]*}", "{$1}");
    }

    /** {@code GET /api/plans/{id}/tasks} → {@code getPlansIdTasks}. */
    static String operationId(String method, String path) {
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String part : path.replaceFirst("^/api", "").split("[/{}\\-_.]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
