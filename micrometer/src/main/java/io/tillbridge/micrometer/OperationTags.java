package io.tillbridge.micrometer;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns a call's operation into a tag value of bounded cardinality. Named operations
 * ({@code transactions.create}) pass as they are; an unnamed one is the method and path
 * ({@code GET /salesorders/4815000000044}), whose query is dropped and whose segments that look like ids
 * (any digit, or longer than 24 characters) become {@code {id}}. Past {@code maxPerSystem} distinct values
 * for one system, further ones are {@code other}: a path scheme this class does not foresee must not grow
 * the registry without end.
 */
final class OperationTags {

    static final String OTHER = "other";
    private static final Pattern ID_LIKE = Pattern.compile(".*\\d.*|.{25,}");

    private final int maxPerSystem;
    private final Map<String, Set<String>> seen = new ConcurrentHashMap<>();

    OperationTags(int maxPerSystem) {
        this.maxPerSystem = maxPerSystem;
    }

    String of(String system, String operation) {
        String tag = normalise(operation);
        Set<String> known = seen.computeIfAbsent(system, s -> ConcurrentHashMap.newKeySet());
        if (known.contains(tag)) {
            return tag;
        }
        synchronized (known) {
            if (known.size() >= maxPerSystem) {
                return OTHER;
            }
            known.add(tag);
            return tag;
        }
    }

    static String normalise(String operation) {
        if (operation == null || operation.isBlank()) {
            return "unnamed";
        }
        int space = operation.indexOf(' ');
        if (space < 0 && operation.indexOf('/') < 0) {
            return operation; // a name the client gave it
        }
        String method = space < 0 ? "" : operation.substring(0, space + 1);
        String path = space < 0 ? operation : operation.substring(space + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (ID_LIKE.matcher(segments[i]).matches()) {
                segments[i] = "{id}";
            }
        }
        return method + String.join("/", segments);
    }
}
