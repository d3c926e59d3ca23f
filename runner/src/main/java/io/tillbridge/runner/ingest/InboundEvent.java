package io.tillbridge.runner.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An incoming HTTP delivery as the host's web framework received it: headers (names matched without
 * regard to case), the raw query string and the raw body, untouched — a signature is computed over the
 * exact bytes that arrived.
 */
public record InboundEvent(Map<String, List<String>> headers, String rawQuery, byte[] body) {

    /**
     * Copies what the framework handed over, so the event stays as it arrived whatever the framework
     * does with its buffers afterwards.
     *
     * @param headers  the request headers by name; null for none; names are matched without regard to case
     * @param rawQuery the query string still URL-encoded, without the {@code ?}; null for none
     * @param body     the request body's exact bytes; null for none
     */
    public InboundEvent {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null) {
                    copy.put(name, values == null ? List.of() : List.copyOf(values));
                }
            });
        }
        headers = java.util.Collections.unmodifiableMap(copy);
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? new byte[0] : body.clone();
    }

    /**
     * The body's bytes, as a copy so that a decoder cannot change what another one verifies.
     *
     * @return the exact bytes that arrived
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The first value of a header, if present.
     *
     * @param name the header's name, in any case
     * @return its first value, or empty when the header was not sent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /**
     * The first value of a query parameter, URL-decoded, if present.
     *
     * @param name the parameter's decoded name
     * @return its first decoded value ({@code ""} for a parameter without {@code =}), or empty when absent
     */
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(queryParameters().get(name));
    }

    /**
     * Every query parameter, URL-decoded; the first value of a repeated one.
     *
     * @return the parameters in the order they arrived
     */
    public Map<String, String> queryParameters() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            parameters.putIfAbsent(key, value);
        }
        return parameters;
    }

    /**
     * Body size in bytes.
     *
     * @return the body's length, without copying it
     */
    public int size() {
        return body.length;
    }

    @Override
    public String toString() {
        // Bodies carry customer data and header values may carry shared secrets: names and size only.
        return "InboundEvent[headers=" + headers.keySet().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList()
                + ", bytes=" + body.length + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InboundEvent other && headers.equals(other.headers) && rawQuery.equals(other.rawQuery)
                && java.util.Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return 31 * headers.hashCode() + java.util.Arrays.hashCode(body);
    }
}
