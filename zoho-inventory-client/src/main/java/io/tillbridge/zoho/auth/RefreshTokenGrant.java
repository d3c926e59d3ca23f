package io.tillbridge.zoho.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.AuthenticationException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * OAuth 2.0 refresh-token grant against the data centre's accounts server (reference:
 * zoho-inventory.md §2). The access token is cached and refreshed shortly before it expires; one
 * refresh at a time, shared by all threads. Zoho reports token errors under HTTP 200 with an
 * {@code error} field; they become {@link AuthenticationException}. The refresh token never
 * expires but Zoho allows only ten access tokens per ten minutes, hence the cache.
 */
public final class RefreshTokenGrant implements AccessTokens {

    private final HttpTransport accounts;
    private final String clientId;
    private final Secret clientSecret;
    private final Secret refreshToken;
    private final Clock clock;
    private final Duration refreshBefore;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Token token;

    private record Token(Secret access, Instant expiresAt, URI apiDomain) {
    }

    /**
     * Creates the grant; the first token is fetched when one is first needed.
     *
     * @param accounts      a transport whose base is the accounts server
     * @param clientId      the OAuth client id
     * @param clientSecret  the OAuth client secret
     * @param refreshToken  the refresh token
     * @param clock         the clock for expiry
     * @param refreshBefore how long before expiry to refresh
     */
    public RefreshTokenGrant(HttpTransport accounts, String clientId, Secret clientSecret, Secret refreshToken, Clock clock,
                             Duration refreshBefore) {
        this.accounts = accounts;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.clock = clock;
        this.refreshBefore = refreshBefore;
    }

    @Override
    public Secret current() {
        Token current = token;
        if (fresh(current)) {
            return current.access();
        }
        lock.lock();
        try {
            current = token;
            if (!fresh(current)) {
                current = refresh();
                token = current;
            }
            return current.access();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void invalidate(Secret refused) {
        lock.lock();
        try {
            if (token != null && token.access().equals(refused)) {
                token = null;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Secret> secrets() {
        return List.of(clientSecret, refreshToken);
    }

    @Override
    public Optional<URI> apiDomain() {
        Token current = token;
        return current == null ? Optional.empty() : Optional.ofNullable(current.apiDomain());
    }

    private boolean fresh(Token candidate) {
        return candidate != null && clock.instant().isBefore(candidate.expiresAt().minus(refreshBefore));
    }

    private Token refresh() {
        String form = "refresh_token=" + encode(refreshToken.reveal()) + "&client_id=" + encode(clientId)
                + "&client_secret=" + encode(clientSecret.reveal()) + "&grant_type=refresh_token";
        HttpResult result = accounts.send(Call.post("/oauth/v2/token", Call.RetryMode.SAFE).formBody(form)
                .operation("oauth.refresh").build());
        JsonNode body;
        try {
            body = Json.mapper().readTree(result.body());
        } catch (IOException e) {
            throw new ApiException("Zoho Accounts", result.status(), List.of(), "token answer is not JSON", result.requestId());
        }
        if (body == null || body.has("error") || !result.isSuccess() || !body.hasNonNull("access_token")) {
            String error = result.redact(body == null ? "empty answer" : body.path("error").asText("no access_token in the answer"));
            throw new AuthenticationException("Zoho Accounts", result.status(), List.of(error),
                    "refreshing the access token failed: " + error, result.requestId());
        }
        return new Token(Secret.of(body.get("access_token").asText()), clock.instant().plusSeconds(lifetimeSeconds(body)),
                apiDomain(body.path("api_domain").asText(null)));
    }

    /** Zoho access tokens live one hour; no answer may make this client keep one longer. */
    static final long MAX_LIFETIME_SECONDS = 3600;

    /**
     * {@code expires_in_sec} is seconds wherever Zoho sends it; {@code expires_in} has been seconds in
     * some answers and milliseconds in older ones. Either way the result is capped at one hour.
     */
    static long lifetimeSeconds(JsonNode body) {
        JsonNode sec = body.get("expires_in_sec");
        JsonNode in = body.get("expires_in");
        long seconds = sec != null && sec.canConvertToLong() && sec.asLong() > 0 ? sec.asLong()
                : in != null && in.canConvertToLong() && in.asLong() > 0 ? in.asLong() : MAX_LIFETIME_SECONDS;
        return Math.min(seconds, MAX_LIFETIME_SECONDS);
    }

    /** The API domains of Zoho's data centres; an {@code api_domain} elsewhere is ignored. */
    private static final List<String> ZOHO_API_DOMAINS = List.of("zohoapis.com", "zohoapis.eu", "zohoapis.in",
            "zohoapis.com.au", "zohoapis.jp", "zohoapis.ca", "zohoapis.com.cn", "zohoapis.sa", "zohoapis.uk");

    /**
     * The token answer's {@code api_domain}, accepted only as an https URL whose host is one of Zoho's
     * own API domains: an answer that could redirect every call (and the token with it) elsewhere is
     * ignored.
     *
     * @param text the {@code api_domain} value
     * @return the domain, or null when absent or not acceptable
     */
    public static URI apiDomain(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(text.trim());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        boolean zoho = ZOHO_API_DOMAINS.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
        boolean plain = (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))
                && uri.getUserInfo() == null && uri.getQuery() == null && uri.getFragment() == null;
        return "https".equalsIgnoreCase(uri.getScheme()) && zoho && plain && uri.getPort() == -1 ? uri : null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
