package io.tillbridge.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.client.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A client pointed at WireMock (API and accounts on the same stub), with millisecond retries. */
public final class ZohoStubs {

    public static final String ORG = "20071234567";
    public static final Secret CLIENT_SECRET = Secret.of("zoho-client-secret-value");
    public static final Secret REFRESH_TOKEN = Secret.of("1000.refresh-token-value");

    private ZohoStubs() {
    }

    public static void tokenEndpoint(WireMockExtension stub, String accessToken) {
        stub.stubFor(post("/oauth/v2/token").willReturn(okJson(tokenAnswer(accessToken))));
    }

    /**
     * Zoho's refresh answer (fixture oauth-token.json, reference §2) carrying {@code accessToken}, so that a test
     * can tell tokens apart. Its api_domain is Zoho's own: a client on a custom environment never follows it.
     */
    public static String tokenAnswer(String accessToken) {
        return tokenAnswer("oauth-token.json", accessToken);
    }

    /** A token answer fixture with its access_token replaced. */
    public static String tokenAnswer(String fixture, String accessToken) {
        try {
            ObjectNode answer = (ObjectNode) Json.mapper().readTree(fixture(fixture));
            return answer.put("access_token", accessToken).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ZohoInventoryClient.Builder client(WireMockExtension stub) {
        return ZohoInventoryClient.builder()
                .environment(ZohoEnvironment.custom(URI.create(stub.baseUrl()), URI.create(stub.baseUrl())))
                .organizationId(ORG)
                .refreshToken("1000.CLIENT", CLIENT_SECRET, REFRESH_TOKEN)
                .requestTimeout(Duration.ofSeconds(5)) // generous: a cold stub on a loaded machine must not time out
                .retry(new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(4), Duration.ofSeconds(1)))
                .circuit(new CircuitSettings(50, 50, Duration.ofSeconds(1)))
                // Zoho's real 100 a minute would space test calls 600 ms apart; the limiter has its own test.
                .rateLimit(100_000, Duration.ofMinutes(1), Duration.ofSeconds(1));
    }

    public static String fixture(String name) {
        try (InputStream in = ZohoStubs.class.getResourceAsStream("/fixtures/zoho/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
