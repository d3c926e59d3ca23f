package io.tillbridge.kashflow.internal;

import io.tillbridge.kashflow.KashFlowApiException;
import io.tillbridge.kashflow.AccountLockedException;
import io.tillbridge.kashflow.UnreadableAnswerException;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.internal.paging.LazyPages;
import io.tillbridge.client.redact.Redactor;
import io.tillbridge.kashflow.internal.SessionTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The plumbing every REST service shares: the {@code KfToken} header from the shared session, one
 * re-login and retry when KashFlow answers {@code InvalidSessionToken} (never a second: a token
 * refused twice in a row is a real failure), {@code AccountLocked} remembered, errors typed, JSON
 * read, lists paged through {@code Data}/{@code MetaData.NextPageUrl} (reference: kashflow.md §1–2).
 * For the services; not meant to be used directly.
 */
public final class KashFlowRest {

    /** Records per page on lists; KashFlow documents no maximum, 100 keeps pages small. */
    static final int PAGE_SIZE = 100;

    private final HttpTransport transport;
    private final SessionTokens session;
    private final Redactor redactor;
    private final ClientState state;
    private final java.time.Clock clock;

    /** @param clock the client's clock, for {@code Retry-After} dates */
    public KashFlowRest(HttpTransport transport, SessionTokens session, Redactor redactor, ClientState state, java.time.Clock clock) {
        this.clock = clock;
        this.state = state;
        this.transport = transport;
        this.session = session;
        this.redactor = redactor;
    }

    /**
     * Sends a call and returns its JSON; null for an empty answer (204).
     *
     * @param path  below the REST root, with its query
     * @param body  JSON body or null
     */
    public JsonNode send(String method, String path, JsonNode body, Call.RetryMode retry, String operation) {
        state.requireOpen();
        for (int attempt = 1; ; attempt++) {
            Secret token = session.current();
            Call.Builder call = Call.builder(method, path, retry)
                    .header("Authorization", "KfToken " + token.reveal())
                    .header("Accept", "application/json")
                    .operation(operation);
            if (body != null) {
                call.jsonBody(body.toString());
            }
            HttpResult result = transport.send(call.build());
            if (result.isSuccess()) {
                session.used(token);
                return RestErrors.json(result);
            }
            ApiException failure = RestErrors.failure(result, redactor.withSecrets(List.of(token)), false, clock);
            if (failure instanceof AccountLockedException locked) {
                session.lockedOut(locked);
                throw locked;
            }
            String code = RestErrors.errorCode(result);
            boolean expired = result.status() == 401 && (code == null || RestErrors.INVALID_SESSION_TOKEN.equals(code));
            if (expired && attempt == 1) {
                session.invalidate(token); // one fresh login and one retry, never more
                continue;
            }
            if (result.status() != 401) {
                session.used(token); // KashFlow answered, so the token was accepted
            }
            throw failure;
        }
    }

    /** GET and bind. */
    public <T> T get(String path, Class<T> type, String operation) {
        return bind(send("GET", path, null, Call.RetryMode.SAFE, operation), type);
    }

    /** Binds a JSON tree to a record. */
    public static <T> T bind(JsonNode node, Class<T> type) {
        if (node == null || node.isNull()) {
            throw new UnreadableAnswerException(200, "empty answer where a " + type.getSimpleName() + " was expected", null);
        }
        try {
            return KashFlowJson.mapper().treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UnreadableAnswerException(200, "unexpected shape for " + type.getSimpleName() + ": " + e.getOriginalMessage(),
                    null);
        }
    }

    /**
     * A lazily paged list: {@code page}/{@code perpage} and the given parameters, answered as
     * {@code {Data:[…], MetaData:{NextPageUrl}}} — or a bare array, as some KashFlow lists answer
     * (CappyTech's notes), which is then the only page.
     */
    public <T> Stream<T> list(String path, Map<String, String> parameters, Class<T> type, String operation) {
        JavaType listType = KashFlowJson.mapper().getTypeFactory().constructCollectionType(List.class, type);
        return LazyPages.stream(page -> {
            Map<String, String> query = new LinkedHashMap<>(parameters);
            query.put("page", Integer.toString(page));
            query.put("perpage", Integer.toString(PAGE_SIZE));
            JsonNode answer = send("GET", path + query(query), null, Call.RetryMode.SAFE, operation);
            JsonNode data = answer == null ? null : answer.isArray() ? answer : answer.get("Data");
            if (data == null || data.isNull()) {
                return new LazyPages.Fetched<T>(List.of(), false);
            }
            if (!data.isArray()) {
                throw new UnreadableAnswerException(200, "list answer without a Data array", null);
            }
            List<T> records;
            try {
                records = KashFlowJson.mapper().treeToValue(data, listType);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UnreadableAnswerException(200, "unexpected list shape: " + e.getOriginalMessage(), null);
            }
            JsonNode next = answer.isArray() ? null : answer.path("MetaData").get("NextPageUrl");
            boolean more = next != null && !next.isNull() && !next.asText().isBlank() && !records.isEmpty();
            return new LazyPages.Fetched<>(new ArrayList<>(records), more);
        }, 1, 1);
    }

    /** {@code ?a=1&b=2}, skipping null values; empty for none. */
    public static String query(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null) {
                out.append(out.length() == 0 ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    /** One path segment, encoded (customer codes are the host's text). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
