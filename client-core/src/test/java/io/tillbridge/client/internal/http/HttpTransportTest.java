package io.tillbridge.client.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.ClientListener;
import io.tillbridge.client.http.RetrySettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpTransportTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Millisecond backoff keeps retry tests fast without real waiting. */
    static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(4), Duration.ofSeconds(1));

    private final List<String> events = new CopyOnWriteArrayList<>();

    private final ClientListener recorder = new ClientListener() {
        @Override
        public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
            events.add("start " + method + " " + path + " #" + attempt);
        }

        @Override
        public void exchangeFinished(String system, String operation, String method, String path, int attempt, int status,
                                     Duration duration, Throwable failure) {
            events.add("finish #" + attempt + " " + status);
        }

        @Override
        public void retryScheduled(String system, String operation, int nextAttempt, Duration delay, String reason) {
            events.add("retry #" + nextAttempt + " after " + reason);
        }

        @Override
        public void circuitStateChanged(String system, String from, String to) {
            events.add("circuit " + from + "->" + to);
        }
    };

    private HttpTransport.Builder transport() {
        return HttpTransport.builder("Test", URI.create(stub.baseUrl() + "/api/v1"))
                .retry(FAST)
                .requestTimeout(Duration.ofMillis(400))
                .listener(recorder);
    }

    @Test
    void sendsAndReturnsAnyStatusWithTheRequestId() {
        stub.stubFor(get("/api/v1/things/1?token=abc").willReturn(ok("{\"id\":1}").withHeader("X-Request-Id", "req-9")));
        HttpResult result = transport().build().send(Call.get("/things/1?token=abc").build());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.bodyText()).isEqualTo("{\"id\":1}");
        assertThat(result.requestId()).isEqualTo("req-9");
        assertThat(result.header("x-request-id")).contains("req-9");
        assertThat(result.isSuccess()).isTrue();
        assertThat(events).containsExactly("start GET /things/1?token=*** #1", "finish #1 200");
        stub.verify(getRequestedFor(urlEqualTo("/api/v1/things/1?token=abc")).withHeader("User-Agent",
                com.github.tomakehurst.wiremock.client.WireMock.matching("Tillbridge/.*")));
    }

    @Test
    void retriesASafeCallOn5xxThenSucceeds() {
        stub.stubFor(get("/api/v1/x").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("ok"));
        stub.stubFor(get("/api/v1/x").inScenario("flaky").whenScenarioStateIs("ok").willReturn(ok("fine")));
        HttpResult result = transport().build().send(Call.get("/x").build());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(events).contains("retry #2 after HTTP 503");
    }

    @Test
    void neverRetriesAnUnsafeCallOn5xx() {
        stub.stubFor(post("/api/v1/pay").willReturn(serviceUnavailable()));
        HttpResult result = transport().build().send(Call.post("/pay", Call.RetryMode.UNSAFE).jsonBody("{}").build());
        assertThat(result.status()).isEqualTo(503);
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/pay")));
    }

    @Test
    void retriesA429EvenForUnsafeCallsWhenRetryAfterIsShort() {
        stub.stubFor(post("/api/v1/pay").inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("ok"));
        stub.stubFor(post("/api/v1/pay").inScenario("limited").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(201)));
        HttpResult result = transport().build().send(Call.post("/pay", Call.RetryMode.UNSAFE).build());
        assertThat(result.status()).isEqualTo(201);
        stub.verify(2, postRequestedFor(urlEqualTo("/api/v1/pay")));
    }

    @Test
    void returnsA429WhoseRetryAfterIsTooLongInsteadOfWaiting() {
        stub.stubFor(get("/api/v1/x").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        HttpResult result = transport().build().send(Call.get("/x").build());
        assertThat(result.status()).isEqualTo(429);
        assertThat(result.attempts()).isEqualTo(1);
    }

    @Test
    void aResetAfterSendingIsRetriedOnlyWhenSafe() {
        stub.stubFor(get("/api/v1/x").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        stub.stubFor(post("/api/v1/pay").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        HttpTransport transport = transport().circuit(new CircuitSettings(50, 50, Duration.ofSeconds(1))).build();

        assertThatThrownBy(() -> transport.send(Call.get("/x").build()))
                .isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isTrue());
        stub.verify(3, getRequestedFor(urlEqualTo("/api/v1/x")));

        assertThatThrownBy(() -> transport.send(Call.post("/pay", Call.RetryMode.UNSAFE).build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("it may have been processed")
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isTrue());
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/pay")));
    }

    @Test
    void aRefusedConnectionIsNotSentAndMayBeRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpTransport transport = HttpTransport.builder("Test", URI.create("http://127.0.0.1:" + closedPort))
                .retry(FAST).listener(recorder).build();
        assertThatThrownBy(() -> transport.send(Call.post("/pay", Call.RetryMode.UNSAFE).build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("it was not sent")
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isFalse());
        assertThat(events).filteredOn(e -> e.startsWith("start")).hasSize(3);
    }

    @Test
    void aSlowResponseTimesOutWithAnUnknownOutcome() {
        stub.stubFor(post("/api/v1/pay").willReturn(ok().withFixedDelay(1500)));
        HttpTransport transport = transport().requestTimeout(Duration.ofMillis(100)).build();
        assertThatThrownBy(() -> transport.send(Call.post("/pay", Call.RetryMode.UNSAFE).build()))
                .isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isTrue());
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/pay")));
    }

    @Test
    void aBodyThatTricklesIsCutOffAfterTheRequestTimeoutPlusHalfASecond() {
        // Headers arrive at once, so HttpRequest.timeout alone would not stop this 20-second body.
        stub.stubFor(get("/api/v1/slow").willReturn(ok("x".repeat(2_000)).withChunkedDribbleDelay(2_000, 20_000)));
        HttpTransport transport = transport().retry(RetrySettings.NONE).requestTimeout(Duration.ofMillis(100)).build();
        long started = System.nanoTime();
        assertThatThrownBy(() -> transport.send(Call.get("/slow").build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("no complete answer within 600 ms")
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aMalformedResponseIsATransportFailure() {
        stub.stubFor(get("/api/v1/x").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
        assertThatThrownBy(() -> transport().retry(RetrySettings.NONE).build().send(Call.get("/x").build()))
                .isInstanceOf(TransportException.class);
    }

    @Test
    void theCircuitOpensInAStormAndRecovers() throws InterruptedException {
        stub.stubFor(get("/api/v1/x").inScenario("storm").whenScenarioStateIs(Scenario.STARTED).willReturn(serviceUnavailable()));
        HttpTransport transport = transport().retry(RetrySettings.NONE)
                .circuit(new CircuitSettings(3, 3, Duration.ofMillis(40))).build();
        for (int i = 0; i < 3; i++) {
            assertThat(transport.send(Call.get("/x").build()).status()).isEqualTo(503);
        }
        assertThatThrownBy(() -> transport.send(Call.get("/x").build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("circuit breaker is open")
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isFalse());
        stub.verify(3, getRequestedFor(urlEqualTo("/api/v1/x")));

        stub.stubFor(get("/api/v1/x").inScenario("storm").whenScenarioStateIs(Scenario.STARTED).willReturn(ok()));
        Thread.sleep(60); // the breaker's own open period; the only wait in these tests
        assertThat(transport.send(Call.get("/x").build()).status()).isEqualTo(200);
        assertThat(events).contains("circuit CLOSED->OPEN", "circuit OPEN->HALF_OPEN", "circuit HALF_OPEN->CLOSED");
    }

    @Test
    void theRateLimiterRefusesBeyondItsRate() {
        stub.stubFor(get("/api/v1/x").willReturn(ok()));
        HttpTransport transport = transport().rateLimit(2, Duration.ofMinutes(1), Duration.ZERO).build();
        transport.send(Call.get("/x").build());
        assertThatThrownBy(() -> transport.send(Call.get("/x").build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("rate limit");
        stub.verify(1, getRequestedFor(urlEqualTo("/api/v1/x")));
    }

    @Test
    void aBulkheadLetsCallsThroughWithinItsSize() {
        stub.stubFor(get("/api/v1/x").willReturn(ok()));
        HttpTransport transport = transport().bulkhead(2, Duration.ZERO).build();
        assertThat(transport.send(Call.get("/x").build()).status()).isEqualTo(200);
        assertThat(transport.system()).isEqualTo("Test");
        assertThat(transport.baseUri().getPath()).isEqualTo("/api/v1");
        transport.close();
    }

    @Test
    void aDeadlineBoundsAllRetries() {
        stub.stubFor(get("/api/v1/x").willReturn(serviceUnavailable()));
        HttpTransport transport = transport().retry(new RetrySettings(50, Duration.ofMillis(5), 1.0, Duration.ofMillis(5),
                Duration.ofSeconds(1))).circuit(new CircuitSettings(100, 100, Duration.ofSeconds(1))).build();
        HttpResult result = transport.send(Call.get("/x").deadline(Duration.ofMillis(100)).build());
        assertThat(result.status()).isEqualTo(503);
        assertThat(result.attempts()).isLessThan(50);
    }

    @ParameterizedTest(name = "Retry-After ''{0}'' → {1} s")
    @CsvSource(value = {"0, 0", "7, 7", "' 30 ', 30", "'Tue, 24 Nov 2026 12:00:10 GMT', 10",
        "'Tue, 24 Nov 2026 11:00:00 GMT', 0", "soon, -1", "-5, -1"})
    void parsesRetryAfterInSecondsOrAsADate(String header, long seconds) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
        assertThat(HttpTransport.parseRetryAfter(header, clock))
                .isEqualTo(seconds < 0 ? java.util.Optional.empty() : java.util.Optional.of(Duration.ofSeconds(seconds)));
    }

    @Test
    void backoffCeilingsGrowToTheCap() {
        RetrySettings settings = RetrySettings.DEFAULTS;
        assertThat(List.of(settings.ceiling(1), settings.ceiling(2), settings.ceiling(3), settings.ceiling(7)))
                .containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofSeconds(8));
        assertThatThrownBy(() -> new RetrySettings(0, Duration.ZERO, 1, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CircuitSettings(3, 2, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transport().requestTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Call.get("no-slash").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCallNeverPrintsItsBodyOrHeaders() {
        Call call = Call.post("/pay", Call.RetryMode.UNSAFE).header("Authorization", "Basic c2VjcmV0")
                .jsonBody("{\"cardNumber\":\"4929000000006\"}").build();
        assertThat(call.toString()).doesNotContain("c2VjcmV0").doesNotContain("4929").isEqualTo("Call[POST POST /pay]");
    }
}
