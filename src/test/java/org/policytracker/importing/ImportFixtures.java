package org.policytracker.importing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.importing.control.PlanDocument;
import org.policytracker.importing.control.Registry;

/** The registry the demo loads (organisations and indicators) and the seed documents, from the class path. */
final class ImportFixtures {

    private ImportFixtures() {
    }

    static JsonObject json(String resource) {
        try (InputStream in = ImportFixtures.class.getClassLoader().getResourceAsStream(resource); JsonReader r = Json.createReader(in)) {
            return r.readObject();
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    static Registry registry() {
        List<Registry.Org> orgs = new ArrayList<>();
        long id = 1;
        List<JsonValue> all = new ArrayList<>(json("reference/national-bodies.json").getJsonArray("organisations"));
        all.addAll(json("demo/organisations.json").getJsonArray("organisations"));
        for (JsonValue v : all) {
            JsonObject o = v.asJsonObject();
            List<String> aliases = new ArrayList<>();
            if (o.containsKey("aliases") && !o.isNull("aliases")) {
                o.getJsonArray("aliases").forEach(a -> aliases.add(((JsonString) a).getString()));
            }
            orgs.add(new Registry.Org(id++, o.getString("code"), o.getString("nameZh", null), o.getString("nameEn", null), aliases,
                    o.getString("kind", null), o.containsKey("parent") && !o.isNull("parent") ? o.getString("parent") : null));
        }
        List<Registry.Indicator> indicators = new ArrayList<>();
        JsonObject ind = json("demo/indicators.json");
        for (JsonValue v : ind.getJsonArray("indicators")) {
            JsonObject i = v.asJsonObject();
            indicators.add(new Registry.Indicator(id++, i.getString("code"), i.getString("nameZh", null), i.getString("nameEn", null),
                    i.getString("unit", null)));
        }
        return new Registry(orgs, indicators);
    }

    static PlanDocument document(String resource) {
        try (InputStream in = ImportFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            return PlanDocument.of(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
