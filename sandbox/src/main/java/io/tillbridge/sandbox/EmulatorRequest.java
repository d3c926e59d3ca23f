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

    /** Decodes {@code a=1&b=2}. */
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

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean is(String method, String pathPrefix) {
        return this.method.equalsIgnoreCase(method) && path.startsWith(pathPrefix);
    }
}
