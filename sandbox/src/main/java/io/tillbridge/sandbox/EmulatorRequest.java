package io.tillbridge.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request as an emulator sees it.
 *
 * @param method  GET, POST, …
 * @param path    the path without the query
 * @param query   query parameters, decoded
 * @param headers request headers, names lower-cased
 * @param body    the body text
 */
public record EmulatorRequest(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {

    static EmulatorRequest of(String method, String url, Map<String, String> headers, String body) {
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Map<String, String> query = q < 0 ? Map.of() : form(url.substring(q + 1));
        return new EmulatorRequest(method, path, query, headers, body == null ? "" : body);
    }

    /**
     * Decodes a form or query string.
     *
     * @param text for example {@code a=1&b=2}
     * @return the values by name, in order; a name without {@code =} has the empty value
     */
    public static Map<String, String> form(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /**
     * A request header.
     *
     * @param name the header's name, in any case
     * @return its first value, or null when it was not sent
     */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether this is a given call, for fault filters such as {@code request -> request.is("POST", "/api/v1/transactions")}.
     *
     * @param method     the HTTP method, in any case
     * @param pathPrefix the start of the path
     * @return true when both match
     */
    public boolean is(String method, String pathPrefix) {
        return this.method.equalsIgnoreCase(method) && path.startsWith(pathPrefix);
    }
}
