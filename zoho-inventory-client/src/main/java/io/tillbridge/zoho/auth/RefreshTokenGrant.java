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
     * @param accounts      a transport whose base is the accounts server
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
            String error = body == null ? "empty answer" : body.path("error").asText("no access_token in the answer");
            throw new AuthenticationException("Zoho Accounts", result.status(), List.of(error),
                    "refreshing the access token failed: " + error, result.requestId());
        }
        long seconds = body.has("expires_in") ? body.get("expires_in").asLong(3600) : body.path("expires_in_sec").asLong(3600);
        String domain = body.path("api_domain").asText(null);
        return new Token(Secret.of(body.get("access_token").asText()), clock.instant().plusSeconds(seconds),
                domain == null || domain.isBlank() ? null : URI.create(domain));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
