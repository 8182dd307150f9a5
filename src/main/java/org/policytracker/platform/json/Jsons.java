package org.policytracker.platform.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static methods look the provider up on every
 * call — inside Payara through the OSGi service loader and the class path, which a profile of the plan-progress
 * read showed as a fifth of its time (docs/benchmarks.md). Use {@code Jsons.PROVIDER.createReader(…)} and the like.
 */
public final class Jsons {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }
}
