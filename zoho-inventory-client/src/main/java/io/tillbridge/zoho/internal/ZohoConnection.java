package io.tillbridge.zoho.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.AuthenticationException;
import io.tillbridge.client.RateLimitedException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.zoho.ZohoApiException;
import io.tillbridge.zoho.ZohoDailyLimitException;
import io.tillbridge.zoho.auth.AccessTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The plumbing every Zoho resource service shares: {@code organization_id} on every call, the
 * {@code Zoho-oauthtoken} header with at most one refresh-and-retry on an authentication failure,
 * the envelope ({@code code} other than 0 is an error even under HTTP 200), the rate-limit codes,
 * and the daily-quota headers. NOT API: the services use it; a host uses the services.
 */
public final class ZohoConnection {

    static final Set<Integer> AUTH_CODES = Set.of(57, 14);
    static final Set<Integer> RETRYABLE_CODES = Set.of(44, 1070);
    static final int DAILY_LIMIT = 45;

    private final HttpTransport baseTransport;
    private final String organizationId;
    private final AccessTokens tokens;
    private final Clock clock;
    private volatile Instant quotaResetsAt;

    public ZohoConnection(HttpTransport transport, String organizationId, AccessTokens tokens, Clock clock) {
        this.baseTransport = transport;
        this.organizationId = organizationId;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * Sends a call and returns its envelope as a tree (lists, bulk results).
     *
     * @param path   the path below {@code /inventory/v1}, with or without a query
     * @param method GET, POST, PUT or DELETE
     * @param body   the JSON body, or null
     */
    public JsonNode send(String method, String path, Object body, Call.RetryMode retry, String operation) {
        return exchange(method, path, body, retry, operation, ZohoConnection::tree);
    }

    /**
     * Sends a call and binds the record under one of {@code keys} straight from the stream, in one
     * pass — no intermediate tree (get, create, update).
     *
     * @return the record, or null when the answer has none of the keys
     */
    public <T> T sendFor(String method, String path, Object body, Call.RetryMode retry, String operation, List<String> keys,
                         Class<T> type) {
        return exchange(method, path, body, retry, operation, bytes -> streamed(bytes, keys, type));
    }

    /** An answer's envelope: whether it was a JSON object, its code and message, and what was read from it. */
    private record Envelope<R>(int code, String message, R value) {
    }

    private <R> R exchange(String method, String path, Object body, Call.RetryMode retry, String operation,
                           Function<byte[], Envelope<R>> parse) {
        Instant resets = quotaResetsAt;
        if (resets != null && clock.instant().isBefore(resets)) {
            throw new ZohoDailyLimitException(0, "daily API quota used up; resets at " + resets + " (not sent)", null,
                    Duration.between(clock.instant(), resets));
        }
        String fullPath = "/inventory/v1" + path + (path.contains("?") ? "&" : "?") + "organization_id="
                + URLEncoder.encode(organizationId, StandardCharsets.UTF_8);
        byte[] bytes = body == null ? null : json(body);
        for (int attempt = 1; ; attempt++) {
            Secret token = tokens.current();
            Call.Builder call = Call.builder(method, fullPath, retry).header("Authorization", "Zoho-oauthtoken " + token.reveal())
                    .header("Accept", "application/json").operation(operation);
            if (bytes != null) {
                call.body(bytes, "application/json");
            }
            HttpResult result = transport().send(call.build());
            trackQuota(result);
            Envelope<R> envelope = result.body().length == 0 ? null : parse.apply(result.body());
            int code = envelope == null ? -1 : envelope.code();
            boolean authFailure = result.status() == 401 || AUTH_CODES.contains(code);
            if (authFailure && attempt == 1) {
                tokens.invalidate(token); // one refresh-and-retry, never more
                continue;
            }
            // Zoho's message can echo what was sent; it goes into an exception, so it is redacted first.
            String message = envelope == null || envelope.message() == null ? "HTTP " + result.status() : result.redact(envelope.message());
            if (authFailure) {
                throw new AuthenticationException("Zoho Inventory", result.status(), List.of(Integer.toString(code)), message,
                        result.requestId());
            }
            if (envelope == null) {
                throw new ApiException("Zoho Inventory", result.status(), List.of(),
                        result.isSuccess() ? "the answer is not JSON" : "HTTP " + result.status(), result.requestId());
            }
            if (code == 0 || (code == -1 && result.isSuccess())) {
                return envelope.value();
            }
            throw failure(result, message, code);
        }
    }

    private static Envelope<JsonNode> tree(byte[] body) {
        try {
            JsonNode node = ZohoJson.mapper().readTree(body);
            if (node == null || !node.isObject()) {
                return null;
            }
            return new Envelope<>(node.path("code").asInt(-1), node.path("message").asText(null), node);
        } catch (IOException malformed) {
            return null;
        }
    }

    private static <T> Envelope<T> streamed(byte[] body, List<String> keys, Class<T> type) {
        try (JsonParser parser = ZohoJson.mapper().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            int code = -1;
            String message = null;
            T value = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if (field.equals("code") && token.isNumeric()) {
                    code = parser.getIntValue();
                } else if (field.equals("message") && token == JsonToken.VALUE_STRING) {
                    message = parser.getText();
                } else if (keys.contains(field) && token == JsonToken.START_OBJECT) {
                    value = ZohoJson.mapper().readValue(parser, type);
                } else if (keys.contains(field) && token == JsonToken.START_ARRAY) {
                    // Some create answers put the new record inside a one-element array.
                    JsonNode array = ZohoJson.mapper().readTree(parser);
                    if (array.size() != 1 || !array.get(0).isObject()) {
                        throw new ApiException("Zoho Inventory", 200, List.of(), "'" + field + "' holds " + array.size()
                                + " entries where one record was expected", null);
                    }
                    value = ZohoJson.mapper().treeToValue(array.get(0), type);
                } else {
                    parser.skipChildren();
                }
            }
            return new Envelope<>(code, message, value);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) { // well-formed JSON of the wrong shape
            throw new ApiException("Zoho Inventory", 200, List.of(), "unexpected shape: " + e.getOriginalMessage(), null);
        } catch (IOException malformed) {
            return null;
        }
    }

    /** Classifies answers for the transport's retry: 44 and 1070 retry (even under 200), 45 never does. */
    public static HttpTransport.RetryVerdict classify(HttpResult result) {
        if (result.body().length == 0 || result.body().length > 4096) {
            return HttpTransport.RetryVerdict.DEFAULT; // error envelopes are small; don't parse large pages twice
        }
        try {
            JsonNode node = ZohoJson.mapper().readTree(result.body());
            int code = node == null ? -1 : node.path("code").asInt(-1);
            if (code == DAILY_LIMIT) {
                return HttpTransport.RetryVerdict.DO_NOT_RETRY;
            }
            if (RETRYABLE_CODES.contains(code)) {
                return HttpTransport.RetryVerdict.RETRY;
            }
        } catch (IOException notJson) {
            return HttpTransport.RetryVerdict.DEFAULT;
        }
        return HttpTransport.RetryVerdict.DEFAULT;
    }

    private HttpTransport transport() {
        // Whoever supplies tokens, only an https Zoho API domain may redirect the calls.
        Optional<URI> domain = tokens.apiDomain().map(uri -> io.tillbridge.zoho.auth.RefreshTokenGrant.apiDomain(uri.toString()));
        return domain.map(baseTransport::withBaseUri).orElse(baseTransport);
    }

    private ApiException failure(HttpResult result, String message, int code) {
        if (code == DAILY_LIMIT) {
            Duration reset = result.header("X-Rate-Limit-Reset").map(ZohoConnection::seconds).orElse(null);
            if (reset != null) {
                quotaResetsAt = clock.instant().plus(reset);
                // Every instance sharing this organisation's budget holds too, not only this client.
                baseTransport.quotaExhausted(quotaResetsAt, "Zoho code 45: the organisation's daily API quota is used up");
            }
            return new ZohoDailyLimitException(result.status(), message, result.requestId(), reset);
        }
        if (RETRYABLE_CODES.contains(code) || result.status() == 429) {
            Duration retryAfter = result.header("Retry-After").map(ZohoConnection::seconds).orElse(null);
            return new RateLimitedException("Zoho Inventory", result.status(), List.of(Integer.toString(code)), message,
                    result.requestId(), retryAfter);
        }
        return new ZohoApiException(result.status(), code, message, result.requestId());
    }

    /**
     * Zoho reports the organisation's daily quota on every answer (reference §5): the shared budget is
     * told, so that new work can be held before the quota runs out; at 0 this client stops sending.
     */
    private void trackQuota(HttpResult result) {
        Long remaining = result.header("X-Rate-Limit-Remaining").map(ZohoConnection::count).orElse(null);
        Duration reset = result.header("X-Rate-Limit-Reset").map(ZohoConnection::seconds).orElse(null);
        if (remaining == null || reset == null) {
            return; // not sent, or not numbers: nothing to go on
        }
        Instant resetsAt = clock.instant().plus(reset);
        long limit = result.header("X-Rate-Limit-Limit").map(ZohoConnection::count).orElse(-1L);
        if (remaining == 0) {
            quotaResetsAt = resetsAt;
        }
        baseTransport.quotaReported(new io.tillbridge.client.http.QuotaReport(limit, remaining, resetsAt));
    }

    private static Long count(String value) {
        try {
            long n = Long.parseLong(value.trim());
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Duration seconds(String value) {
        try {
            long n = Long.parseLong(value.trim());
            return n < 0 ? null : Duration.ofSeconds(n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static byte[] json(Object body) {
        try {
            return ZohoJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            // Nothing was sent: the host's input is at fault, so it is a validation error, not a bug report.
            throw new io.tillbridge.client.ValidationException("input", "cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads part of an envelope as a typed value. */
    public static <T> T read(JsonNode node, Class<T> type) {
        try {
            return ZohoJson.mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new ApiException("Zoho Inventory", 200, List.of(), "unexpected shape: " + e.getOriginalMessage(), null);
        }
    }

    /** Query string from name/value pairs, skipping nulls. */
    public static String query(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null) {
                out.append(out.length() == 0 ? "?" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }
}
