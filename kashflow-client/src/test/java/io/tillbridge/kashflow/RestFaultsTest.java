package io.tillbridge.kashflow;

import io.tillbridge.kashflow.internal.RestErrors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.kashflow.KashFlowStubs.client;
import static io.tillbridge.kashflow.KashFlowStubs.json;
import static io.tillbridge.kashflow.KashFlowStubs.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.tillbridge.client.RateLimitedException;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.http.ClientListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the client meets a failing KashFlow: every call is a GET here, so safe to retry. */
class RestFaultsTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeEach
    void loginWorks() {
        login(stub);
    }

    private static void failOnceThen(int status, String header, String value) {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(status).withHeader(header, value)).willSetStateTo("ok"));
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(json(200, "invoice.json")));
    }

    @Test
    void honoursRetryAfterOn429AndThenSucceeds() {
        failOnceThen(429, "Retry-After", "1");
        List<Duration> delays = new CopyOnWriteArrayList<>();
        ClientListener listener = new ClientListener() {
            @Override
            public void retryScheduled(String system, String operation, int nextAttempt, Duration delay, String reason) {
                delays.add(delay);
            }
        };
        try (KashFlowClient kashflow = client(stub).listener(listener).build()) {
            assertThat(kashflow.invoices().get(1042).number()).isEqualTo(1042);
        }
        assertThat(delays).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void a429ThatOutlastsTheRetriesIsRateLimitedWithItsRetryAfter() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOfSatisfying(RateLimitedException.class,
                    e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
        }
        stub.verify(1, getRequestedFor(urlEqualTo("/v2/invoices/1042"))); // 30 s is beyond what the client sits through
    }

    @Test
    void aRetryAfterGivenAsAnHttpDateIsMeasuredFromTheClientsClock() {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T09:00:00Z"), java.time.ZoneOffset.UTC);
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "Tue, 01 Dec 2026 09:00:45 GMT")));
        try (KashFlowClient kashflow = client(stub).clock(clock).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOfSatisfying(RateLimitedException.class,
                    e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(45)));
        }
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "Tue, 01 Dec 2026 08:59:00 GMT")));
        try (KashFlowClient kashflow = client(stub).clock(clock).retry(io.tillbridge.client.http.RetrySettings.NONE).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOfSatisfying(RateLimitedException.class,
                    e -> assertThat(e.retryAfter()).contains(Duration.ZERO)); // a date already past: no wait, but not unknown
        }
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "soon")));
        try (KashFlowClient kashflow = client(stub).clock(clock).retry(io.tillbridge.client.http.RetrySettings.NONE).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOfSatisfying(RateLimitedException.class,
                    e -> assertThat(e.retryAfter()).isEmpty());
        }
    }

    @Test
    void backsOffOn5xxAndRetriesAGet() {
        failOnceThen(503, "X-Any", "x");
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.invoices().get(1042).number()).isEqualTo(1042);
        }
        stub.verify(2, getRequestedFor(urlEqualTo("/v2/invoices/1042")));
    }

    @Test
    void persistent5xxIsAnApiErrorWithTheStatus() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(500)
                .withBody("{\"Error\":\"InternalError\",\"Message\":\"Something went wrong\"}")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOfSatisfying(KashFlowApiException.class, e -> {
                assertThat(e.status()).isEqualTo(500);
                assertThat(e.error()).contains("InternalError");
            });
        }
        stub.verify(3, getRequestedFor(urlEqualTo("/v2/invoices/1042")));
    }

    @Test
    void anHtmlErrorPageIsNamedAsSuch() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<!DOCTYPE html><html><body>Bad gateway</body></html>")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(KashFlowApiException.class)
                    .hasMessageContaining("HTML");
        }
    }

    @Test
    void anHtmlPageUnderStatus200IsNotTakenForAnInvoice() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Maintenance</body></html>")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(KashFlowApiException.class)
                    .hasMessageContaining("not JSON").hasMessageContaining("HTML");
        }
    }

    @Test
    void malformedJsonIsAnApiError() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(200).withBody("{\"Number\": 10")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(KashFlowApiException.class)
                    .hasMessageContaining("not JSON");
        }
    }

    @Test
    void wellFormedJsonOfTheWrongShapeIsAnApiError() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(200)
                .withBody("{\"Number\": {\"nested\": true}}")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(KashFlowApiException.class)
                    .hasMessageContaining("unexpected shape");
        }
    }

    @Test
    void aConnectionResetOnAGetIsRetried() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).inScenario("r").whenScenarioStateIs("ok")
                .willReturn(json(200, "invoice.json")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThat(kashflow.invoices().get(1042).number()).isEqualTo(1042);
        }
    }

    @Test
    void aTimeoutEveryTimeIsATransportErrorWithOutcomeUnknown() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(json(200, "invoice.json").withFixedDelay(3_000)));
        try (KashFlowClient kashflow = client(stub).retry(io.tillbridge.client.http.RetrySettings.NONE)
                .requestTimeout(Duration.ofMillis(1_500)).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.outcomeUnknown()).isTrue());
        }
    }

    @Test
    void notFoundIsTyped() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/9999")).willReturn(aResponse().withStatus(404)));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(9999)).isInstanceOf(KashFlowNotFoundException.class)
                    .hasMessageContaining("404");
        }
    }

    @Test
    void a400KeepsKashFlowsErrorAndMessage() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(400)
                .withBody("{\"Error\":\"InvalidNumber\",\"Message\":\"Number is not valid\"}")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOfSatisfying(KashFlowApiException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.hasCode("InvalidNumber")).isTrue();
                assertThat(e.getMessage()).contains("Number is not valid");
            });
        }
    }

    @Test
    void a400OfAnUndocumentedShapeQuotesItsRawBodyRedacted() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(400).withBody(
                "{\"Errors\":[{\"Field\":\"DueDate\",\"Text\":\"before IssuedDate\"}],\"Echo\":\"Tr0ub4dor&3-kf\"}")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOfSatisfying(KashFlowApiException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.getMessage()).contains("DueDate", "before IssuedDate").doesNotContain("Tr0ub4dor&3-kf");
            });
        }
    }

    @Test
    void aServerMessageEchoingASecretIsRedacted() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(400).withBody(
                "{\"Error\":\"Bad\",\"Message\":\"token " + KashFlowStubs.SESSION_TOKEN + " and password Tr0ub4dor&3-kf\"}")));
        try (KashFlowClient kashflow = client(stub).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(KashFlowApiException.class)
                    .hasMessageNotContaining(KashFlowStubs.SESSION_TOKEN).hasMessageNotContaining("Tr0ub4dor&3-kf");
        }
    }

    @Test
    void anOversizedAnswerIsRefused() {
        stub.stubFor(get(urlEqualTo("/v2/invoices/1042")).willReturn(aResponse().withStatus(200)
                .withBody(new byte[RestErrors.MAX_BODY + 1])));
        try (KashFlowClient kashflow = client(stub).requestTimeout(Duration.ofSeconds(10)).build()) {
            assertThatThrownBy(() -> kashflow.invoices().get(1042)).isInstanceOf(KashFlowApiException.class)
                    .hasMessageContaining("larger than");
        }
    }
}
