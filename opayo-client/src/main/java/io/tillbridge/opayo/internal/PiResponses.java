package io.tillbridge.opayo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.AuthenticationException;
import io.tillbridge.client.RateLimitedException;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.internal.json.Json;
import io.tillbridge.opayo.OpayoApiException;
import io.tillbridge.opayo.OpayoError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Opayo Pi answers: error bodies in both shapes, and JSON bodies leniently. NOT API: shared by
 * the Pi services; a host never needs it.
 */
public final class PiResponses {

    private PiResponses() {
    }

    /** The JSON body, or empty when it is missing or not JSON. */
    public static Optional<JsonNode> json(HttpResult result) {
        if (result.body().length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.mapper().readTree(result.body());
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (IOException malformed) {
            return Optional.empty();
        }
    }

    /** The exception for a non-2xx answer: 401 authentication, 429 rate limit, else {@link OpayoApiException}. */
    public static ApiException failure(HttpResult result) {
        List<OpayoError> errors = errors(result);
        List<String> codes = errors.stream().map(OpayoError::code).filter(c -> c != null).map(result::redact).toList();
        String message = errors.isEmpty() ? "HTTP " + result.status() : errors.get(0).toString();
        if (result.status() == 401) {
            return new AuthenticationException("Opayo", 401, codes, message, result.requestId());
        }
        if (result.status() == 429) {
            return new RateLimitedException("Opayo", 429, codes, message, result.requestId(), null);
        }
        return new OpayoApiException(result.status(), errors, result.requestId());
    }

    /** Every error in the body: {@code {errors:[…]}}, a single {@code {code, description}}, or {@code {statusCode, statusDetail}}. */
    public static List<OpayoError> errors(HttpResult result) {
        List<OpayoError> errors = new ArrayList<>();
        json(result).ifPresent(body -> {
            if (body.has("errors") && body.get("errors").isArray()) {
                body.get("errors").forEach(e -> errors.add(error(e, result)));
            } else if (body.has("code") || body.has("description")) {
                errors.add(error(body, result));
            } else if (body.has("statusCode")) {
                errors.add(new OpayoError(text(body, "statusCode"), null, result.redact(text(body, "statusDetail")), null));
            }
        });
        return errors;
    }

    private static OpayoError error(JsonNode node, HttpResult result) {
        // Descriptions can echo what was sent; they end up in exception messages.
        return new OpayoError(text(node, "code"), text(node, "property"), result.redact(text(node, "description")),
                result.redact(text(node, "clientMessage")));
    }

    /** A field as text whether Opayo sent a string or a number; null when absent. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A field as a long; null when absent or not a number. */
    public static Long number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.longValue();
        }
        try {
            return Long.parseLong(value.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
