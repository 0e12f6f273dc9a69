package org.passerelle.platform.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * JSON-P builders from a provider looked up once. {@code JsonBuilders.object()} and its
 * siblings look the provider up through a service loader at every call: with a builder per hit
 * and per facet value, that was a third of a search's HTTP time (docs/performance.md, search,
 * fifth pass). A provider is thread-safe and keeps no state of its own.
 */
public final class JsonBuilders {
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonProvider provider() {
        return PROVIDER;
    }
}
