package io.tillbridge.kashflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Shared fixtures: a client pointed at WireMock with millisecond retries, the login stubs, and fixture files. */
public final class KashFlowStubs {

    public static final String USER = "accounts@tillbridge.example";
    public static final Secret PASSWORD = Secret.of("Tr0ub4dor&3-kf");
    /** Positions 3, 4, 6 of "pineapple" are N, E, P (KashFlow's own example). */
    public static final Secret MEMORABLE_WORD = Secret.of("pineapple");
    public static final String SESSION_TOKEN = "0b7f3d2c-1a9e-4c5b-8f6d-7e8a9b0c1d2e";
    public static final String TEMPORARY_TOKEN = "5f0c9a3e-8d4b-4f7e-9b61-2a1c3d4e5f60";
    public static final String SOAP_PATH = "/api/service.asmx";

    private KashFlowStubs() {
    }

    public static KashFlowClient.Builder client(WireMockExtension stub) {
        return KashFlowClient.builder()
                .environment(KashFlowEnvironment.custom(stub.baseUrl() + "/v2", stub.baseUrl() + SOAP_PATH))
                .userName(USER)
                .password(PASSWORD)
                .memorableWord(MEMORABLE_WORD)
                .requestTimeout(Duration.ofSeconds(3))
                .retry(new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(4), Duration.ofSeconds(2)))
                .circuit(new CircuitSettings(50, 50, Duration.ofSeconds(1)));
    }

    /** Stubs both login steps; step 2 only matches the right characters. */
    public static void login(WireMockExtension stub) {
        stub.stubFor(post(urlEqualTo("/v2/sessiontoken")).willReturn(json(200, "sessiontoken-temporary.json")));
        stub.stubFor(put(urlEqualTo("/v2/sessiontoken"))
                .withRequestBody(equalTo("{\"TemporaryToken\":\"" + TEMPORARY_TOKEN + "\",\"MemorableWordList\":["
                        + "{\"Position\":3,\"Value\":\"n\"},{\"Position\":4,\"Value\":\"e\"},{\"Position\":6,\"Value\":\"p\"}]}"))
                .willReturn(json(200, "sessiontoken-session.json")));
    }

    public static ResponseDefinitionBuilder json(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(fixture(fixture));
    }

    public static ResponseDefinitionBuilder xml(String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(fixture(fixture));
    }

    public static String fixture(String name) {
        try (InputStream in = KashFlowStubs.class.getResourceAsStream("/fixtures/kashflow/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
