package io.tillbridge.client.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.endpoint.Endpoints;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.client.redact.Redactor;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointsAndLimitsTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @ParameterizedTest(name = "{0} loopback={1}")
    @CsvSource({
        "http://localhost:8080/x,        true",
        "http://127.0.0.1:8080/x,        true",
        "http://127.9.8.7/x,             true",
        "http://[::1]:8080/x,            true",
        "http://127.example.com/x,       false",
        "http://127.0.0.1.nip.io/x,      false",
        "http://localhost.evil.com/x,    false",
        "http://10.0.0.1/x,              false",
        "https://sandbox.opayo.eu.elavon.com/api/v1, false",
    })
    void loopbackIsAnAddressNotANamePrefix(String url, boolean loopback) {
        assertThat(Endpoints.isLoopback(URI.create(url))).isEqualTo(loopback);
    }

    @Test
    void httpsIsRequiredOffThisMachine() {
        assertThat(Endpoints.requireSecure("api", URI.create("https://www.zohoapis.eu"), false)).isNotNull();
        assertThat(Endpoints.requireSecure("api", URI.create("http://localhost:9/x"), false)).isNotNull();
        assertThatThrownBy(() -> Endpoints.requireSecure("piBaseUrl", URI.create("http://pi.example.com/api/v1"), false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("piBaseUrl: must use https off this machine");
        assertThat(Endpoints.requireSecure("api", URI.create("http://stub.test:8080"), true)).isNotNull();
        assertThatThrownBy(() -> Endpoints.requireSecure("api", URI.create("ftp://x"), true)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Endpoints.requireSecure("api", null, true)).hasMessageContaining("api: is not set");
    }

    @Test
    void anAnswerOverTheCapFailsClearlyAndIsNotRetried() {
        stub.stubFor(get("/big").willReturn(aResponse().withStatus(200).withBody("x".repeat(5_000))));
        HttpTransport transport = HttpTransport.builder("Test", URI.create(stub.baseUrl()))
                .retry(new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(4), Duration.ofSeconds(1)))
                .maxResponseBytes(1_000).build();
        assertThatThrownBy(() -> transport.send(Call.get("/big").operation("big").build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("larger than 1000 bytes");
        stub.verify(1, getRequestedFor(urlEqualTo("/big")));

        stub.stubFor(get("/small").willReturn(aResponse().withStatus(200).withBody("x".repeat(1_000))));
        assertThat(transport.send(Call.get("/small").operation("small").build()).body()).hasSize(1_000);
    }

    @Test
    void serverTextInExceptionsIsRedacted() {
        HttpResult result = new HttpResult(400, Map.of(), new byte[0], 1, null,
                Redactor.standard().withSecrets(List.of(Secret.of("my-integration-key"))));
        assertThat(result.redact("key my-integration-key refused for card 4929000000006 cvv 123"))
                .isEqualTo("key *** refused for card ****0006 cvv ***");
        ApiException error = new ApiException("X", 400, List.of(), "card 4929 0000 0000 6 with {\"cvv\":\"123\"}", null);
        assertThat(error.getMessage()).doesNotContain("4929 0000 0000 6").doesNotContain("123").contains("****0006");
    }
}
