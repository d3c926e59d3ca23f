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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
                .requestTimeout(Duration.ofSeconds(5)) // generous: a loaded machine must not turn answers into timeouts
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
        // A generous timeout: a first request to a cold stub on a busy machine must not time out instead of being reset.
        HttpTransport transport = transport().requestTimeout(Duration.ofSeconds(10))
                .circuit(new CircuitSettings(50, 50, Duration.ofSeconds(1))).build();

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
    void aSlowResponseTimesOutWithAnUnknownOutcome() throws InterruptedException {
        stub.stubFor(post("/api/v1/pay").willReturn(ok().withFixedDelay(1500)));
        HttpTransport transport = transport().requestTimeout(Duration.ofMillis(100)).build();
        assertThatThrownBy(() -> transport.send(Call.post("/pay", Call.RetryMode.UNSAFE).build()))
                .isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isTrue());
        // On a loaded machine the 100 ms timeout can pass before the stub has logged the request it is holding.
        awaitTrue(() -> stub.findAll(postRequestedFor(urlEqualTo("/api/v1/pay"))).size() >= 1);
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/pay")));
    }

    @Test
    void aBodyThatTricklesIsCutOffAfterTheRequestTimeoutPlusHalfASecond() {
        // Headers arrive at once, so HttpRequest.timeout alone would not stop this 20-second body.
        stub.stubFor(get("/api/v1/slow").willReturn(ok("x".repeat(2_000)).withChunkedDribbleDelay(2_000, 20_000)));
        HttpTransport transport = transport().retry(RetrySettings.NONE).requestTimeout(Duration.ofSeconds(1)).build();
        long started = System.nanoTime();
        assertThatThrownBy(() -> transport.send(Call.get("/slow").build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("no complete answer within 1500 ms")
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theCallersInterruptStatusSurvivesACutOff() {
        stub.stubFor(get("/api/v1/slow").willReturn(ok("x".repeat(2_000)).withChunkedDribbleDelay(2_000, 20_000)));
        HttpTransport transport = transport().retry(RetrySettings.NONE).requestTimeout(Duration.ofSeconds(1)).build();
        try {
            transport.send(Call.get("/slow").build());
        } catch (TransportException expected) {
            // cut off
        }
        assertThat(Thread.currentThread().isInterrupted()).as("nothing left this thread interrupted").isFalse();
        transport.close();
    }

    @Test
    void aDeadlineCutsOffAnAttemptInFlight() {
        stub.stubFor(post("/api/v1/pay").willReturn(ok().withFixedDelay(5_000)));
        HttpTransport transport = transport().retry(RetrySettings.NONE).requestTimeout(Duration.ofSeconds(30)).build();
        long started = System.nanoTime();
        assertThatThrownBy(() -> transport.send(Call.post("/pay", Call.RetryMode.UNSAFE).deadline(Duration.ofMillis(300)).build()))
                .isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isTrue());
        // Bounded by the 300 ms deadline, not the 30 s attempt timeout nor the 5 s answer.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        transport.close();
    }

    @Test
    void afterCloseNoThreadOfTheTransportIsAliveAndCallsAreRefused() throws InterruptedException {
        stub.stubFor(get("/api/v1/x").willReturn(ok()));
        String system = "CloseTest-" + System.nanoTime();
        HttpTransport transport = HttpTransport.builder(system, URI.create(stub.baseUrl())).build();
        HttpTransport view = transport.withBaseUri(URI.create(stub.baseUrl() + "/api/v1"));
        assertThat(view.send(Call.get("/x").build()).status()).isEqualTo(200);
        assertThat(threadsNamed("tillbridge-watchdog-" + system)).isNotEmpty(); // started by the call
        transport.close();
        assertThat(threadsNamed("tillbridge-watchdog-" + system)).isEmpty();
        assertThatThrownBy(() -> view.send(Call.get("/x").build())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        transport.close();
    }

    static List<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive()).toList();
    }

    @Test
    void aMalformedResponseIsATransportFailure() {
        stub.stubFor(get("/api/v1/x").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
        assertThatThrownBy(() -> transport().retry(RetrySettings.NONE).build().send(Call.get("/x").build()))
                .isInstanceOf(TransportException.class);
    }

    @Test
    void theCircuitOpensInAStormRefusesUnsentAndRecoversThroughHalfOpen() {
        stub.stubFor(get("/api/v1/x").inScenario("storm").whenScenarioStateIs(Scenario.STARTED).willReturn(serviceUnavailable()));
        // Open for an hour: the test moves the breaker on itself rather than racing a short open period.
        HttpTransport transport = transport().retry(RetrySettings.NONE)
                .circuit(new CircuitSettings(3, 3, Duration.ofHours(1))).build();
        for (int i = 0; i < 3; i++) {
            assertThat(transport.send(Call.get("/x").build()).status()).isEqualTo(503);
        }
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> transport.send(Call.get("/x").build()))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("circuit breaker is open")
                    .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isFalse());
        }
        stub.verify(3, getRequestedFor(urlEqualTo("/api/v1/x")));
        assertThat(events).containsOnlyOnce("circuit CLOSED->OPEN");

        stub.stubFor(get("/api/v1/x").inScenario("storm").whenScenarioStateIs(Scenario.STARTED).willReturn(ok()));
        transport.halfOpenCircuit(); // what Failsafe does once the open period has passed
        assertThat(transport.send(Call.get("/x").build()).status()).isEqualTo(200);
        stub.verify(4, getRequestedFor(urlEqualTo("/api/v1/x")));
        assertThat(events).filteredOn(e -> e.startsWith("circuit"))
                .containsExactly("circuit CLOSED->OPEN", "circuit OPEN->HALF_OPEN", "circuit HALF_OPEN->CLOSED");
    }

    @Test
    void aFailureInHalfOpenOpensTheCircuitAgain() {
        stub.stubFor(get("/api/v1/x").willReturn(serviceUnavailable()));
        HttpTransport transport = transport().retry(RetrySettings.NONE)
                .circuit(new CircuitSettings(1, 1, Duration.ofHours(1))).build();
        transport.send(Call.get("/x").build());
        transport.halfOpenCircuit();
        assertThat(transport.send(Call.get("/x").build()).status()).isEqualTo(503);
        assertThatThrownBy(() -> transport.send(Call.get("/x").build())).hasMessageContaining("circuit breaker is open");
        assertThat(events).filteredOn(e -> e.startsWith("circuit"))
                .containsExactly("circuit CLOSED->OPEN", "circuit OPEN->HALF_OPEN", "circuit HALF_OPEN->OPEN");
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
    void aBulkheadLetsItsSizeThroughAndRefusesTheNextUnsent() throws Exception {
        stub.stubFor(get("/api/v1/x").willReturn(ok()));
        CountDownLatch twoInFlight = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        HttpTransport transport = transport().retry(RetrySettings.NONE).bulkhead(2, Duration.ZERO)
                .listener(holdingCalls(twoInFlight, release)).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResult> first = pool.submit(() -> transport.send(Call.get("/x").operation("held").build()));
            Future<HttpResult> second = pool.submit(() -> transport.send(Call.get("/x").operation("held").build()));
            assertThat(twoInFlight.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> transport.send(Call.get("/x").build()))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("too many calls in flight")
                    .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isFalse());

            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            assertThat(second.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            assertThat(transport.send(Call.get("/x").build()).status()).isEqualTo(200); // slots given back
            stub.verify(3, getRequestedFor(urlEqualTo("/api/v1/x")));
        } finally {
            release.countDown();
            pool.shutdownNow();
            transport.close();
        }
    }

    @Test
    void aCallWaitsForABulkheadSlotUpToTheBulkheadsOwnWait() throws Exception {
        stub.stubFor(get("/api/v1/x").willReturn(ok()));
        CountDownLatch oneInFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The rate limiter never makes a call wait (a permit every microsecond) and would wait not at all;
        // the bulkhead's own 30 s wait must apply, not the limiter's: with the limiter's the second call
        // would be refused at once instead of parking.
        HttpTransport transport = transport().retry(RetrySettings.NONE).rateLimit(1_000_000, Duration.ofSeconds(1), Duration.ZERO)
                .bulkhead(1, Duration.ofSeconds(30)).listener(holdingCalls(oneInFlight, release)).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResult> holder = pool.submit(() -> transport.send(Call.get("/x").operation("held").build()));
            assertThat(oneInFlight.await(10, TimeUnit.SECONDS)).isTrue();
            Thread[] waiter = new Thread[1];
            Future<HttpResult> waiting = pool.submit(() -> {
                waiter[0] = Thread.currentThread();
                return transport.send(Call.get("/x").build());
            });
            awaitTrue(() -> waiting.isDone() || waiter[0] != null && waiter[0].getState() == Thread.State.TIMED_WAITING);
            assertThat(waiting.isDone()).as("the second call waits for the slot rather than being refused").isFalse();
            release.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            assertThat(waiting.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        } finally {
            release.countDown();
            pool.shutdownNow();
            transport.close();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void theWaitForABulkheadSlotEndsAtTheCallersDeadline() throws Exception {
        stub.stubFor(get("/api/v1/x").willReturn(ok()));
        CountDownLatch oneInFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // A frozen clock: the deadline leaves exactly 5 ms, however slow the machine; the bulkhead would wait an hour.
        HttpTransport transport = transport().retry(RetrySettings.NONE).clock(FROZEN)
                .bulkhead(1, Duration.ofHours(1)).listener(holdingCalls(oneInFlight, release)).build();
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            Future<HttpResult> holder = pool.submit(() -> transport.send(Call.get("/x").operation("held").build()));
            assertThat(oneInFlight.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> transport.send(Call.get("/x").deadline(Duration.ofMillis(5)).build()))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("too many calls in flight")
                    .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isFalse());
            release.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            stub.verify(1, getRequestedFor(urlEqualTo("/api/v1/x")));
        } finally {
            release.countDown();
            pool.shutdownNow();
            transport.close();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void theWaitForARatePermitEndsAtTheCallersDeadline() {
        stub.stubFor(get("/api/v1/x").willReturn(ok()));
        List<String> waits = new CopyOnWriteArrayList<>();
        // One permit an hour, and a call may wait an hour for one; the deadline (5 ms on a frozen clock) says less.
        HttpTransport transport = transport().retry(RetrySettings.NONE).clock(FROZEN)
                .rateLimit(1, Duration.ofHours(1), Duration.ofHours(1))
                .listener(new ClientListener() {
                    @Override
                    public void rateLimitWaited(String system, String operation, Duration waited, boolean granted) {
                        waits.add(operation + " " + granted);
                    }
                }).build();
        assertThat(transport.send(Call.get("/x").operation("first").build()).status()).isEqualTo(200);
        assertThatThrownBy(() -> transport.send(Call.get("/x").operation("second").deadline(Duration.ofMillis(5)).build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("rate limit")
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isFalse());
        assertThat(waits).containsExactly("first true", "second false");
        stub.verify(1, getRequestedFor(urlEqualTo("/api/v1/x")));
    }

    @Test
    void aSharedPermitIsAskedForNoLongerThanTheDeadlineAndTheAttemptIsBoundedAfterIt() {
        stub.stubFor(get("/api/v1/x").willReturn(ok()));
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T12:00:00Z"));
        List<Duration> asked = new CopyOnWriteArrayList<>();
        // The shared limit gives its permit 2 s later on the transport's clock: past a 1 s deadline.
        io.tillbridge.client.http.RequestPermits slow = maxWait -> {
            asked.add(maxWait);
            now.updateAndGet(t -> t.plusSeconds(2));
            return true;
        };
        HttpTransport transport = transport().retry(RetrySettings.NONE).clock(stepped(now))
                .rateLimit(slow, Duration.ofMinutes(5)).build();
        assertThatThrownBy(() -> transport.send(Call.get("/x").deadline(Duration.ofSeconds(1)).build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("deadline passed")
                .satisfies(e -> assertThat(((TransportException) e).outcomeUnknown()).isFalse());
        assertThat(asked).containsExactly(Duration.ofSeconds(1)); // not the configured 5 minutes
        stub.verify(0, getRequestedFor(urlEqualTo("/api/v1/x")));

        // Without a deadline the configured wait applies and the call goes out.
        assertThat(transport.send(Call.get("/x").build()).status()).isEqualTo(200);
        assertThat(asked).containsExactly(Duration.ofSeconds(1), Duration.ofMinutes(5));
    }

    private static final Clock FROZEN = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    /** A clock that reads {@code now}, which the test moves. */
    private static Clock stepped(AtomicReference<Instant> now) {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    /** Polls a condition for up to ten seconds: long enough for a loaded machine, never reached when it holds. */
    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not reached within 10 s");
            }
            Thread.sleep(1);
        }
    }

    /** A listener that holds calls named "held" inside their exchange until released. */
    private ClientListener holdingCalls(CountDownLatch started, CountDownLatch release) {
        return new ClientListener() {
            @Override
            public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
                if (operation.equals("held")) {
                    started.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }

    @Test
    void aDeadlineBoundsAllRetries() {
        stub.stubFor(get("/api/v1/x").willReturn(serviceUnavailable()));
        // Each attempt "takes" 3 s on the transport's clock: with a 10 s deadline the fourth is the last
        // one that starts in time, whatever the machine's real speed.
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T12:00:00Z"));
        Clock clock = stepped(now);
        ClientListener advancing = new ClientListener() {
            @Override
            public void exchangeFinished(String system, String operation, String method, String path, int attempt, int status,
                                         Duration duration, Throwable failure) {
                now.updateAndGet(t -> t.plusSeconds(3));
            }
        };
        HttpTransport transport = HttpTransport.builder("Test", URI.create(stub.baseUrl() + "/api/v1")).clock(clock)
                .listener(advancing).requestTimeout(Duration.ofSeconds(5))
                .retry(new RetrySettings(50, Duration.ofMillis(1), 1.0, Duration.ofMillis(1), Duration.ofSeconds(1)))
                .circuit(new CircuitSettings(100, 100, Duration.ofSeconds(1))).build();
        HttpResult result = transport.send(Call.get("/x").deadline(Duration.ofSeconds(10)).build());
        assertThat(result.status()).isEqualTo(503);
        assertThat(result.attempts()).isEqualTo(4);
        stub.verify(4, getRequestedFor(urlEqualTo("/api/v1/x")));
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
                .isInstanceOf(io.tillbridge.client.ValidationException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new CircuitSettings(3, 2, Duration.ZERO)).isInstanceOf(io.tillbridge.client.ValidationException.class)
                .hasMessageContaining("failures");
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
