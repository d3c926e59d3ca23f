package io.tillbridge.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.tillbridge.client.http.ClientListener;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link ClientListener} that records every client's traffic in a {@link MeterRegistry}; give the
 * same instance to each client's builder ({@code .listener(metrics)}). Meters, each tagged with the
 * downstream {@code system} as its client names it ({@code Opayo}, {@code Opayo Reporting},
 * {@code Zoho Inventory}, {@code Zoho Accounts}, …):
 *
 * <ul>
 *   <li>{@value #REQUESTS} (timer) — one per attempt, tagged {@code operation} and {@code outcome}
 *       ({@code success}, {@code client_error}, {@code rate_limited}, {@code server_error},
 *       {@code no_response});</li>
 *   <li>{@value #RETRIES} (counter) — retries scheduled, tagged {@code operation};</li>
 *   <li>{@value #CIRCUIT_STATE} (gauge) — tagged {@code state} ({@code closed}, {@code open},
 *       {@code half_open}): 1 for the breaker's current state, 0 for the others;</li>
 *   <li>{@value #RATE_LIMIT_WAITS} (timer) — the wait for each rate-limit permit, tagged
 *       {@code outcome} ({@code granted}, {@code refused}); only for clients with a rate limit.</li>
 * </ul>
 *
 * Operations are tags of bounded cardinality (ids in paths become {@code {id}}, at most 64 per system);
 * nothing else from a request is. Thread-safe; called on the calling thread, so it only looks up or
 * creates meters.
 */
public final class ClientMetrics implements ClientListener {

    /** Timer of attempts. */
    public static final String REQUESTS = "tillbridge.client.requests";
    /** Counter of retries scheduled. */
    public static final String RETRIES = "tillbridge.client.retries";
    /** Gauge of the circuit breaker's state. */
    public static final String CIRCUIT_STATE = "tillbridge.client.circuit.state";
    /** Timer of waits for a rate-limit permit. */
    public static final String RATE_LIMIT_WAITS = "tillbridge.client.rate.limit.waits";

    private static final String[] STATES = {"closed", "open", "half_open"};

    private final MeterRegistry registry;
    private final OperationTags operations = new OperationTags(64);
    private final Map<String, AtomicReference<String>> circuits = new ConcurrentHashMap<>();

    /** @param registry where the meters are registered */
    public ClientMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
        circuit(system); // a downstream shows as closed from its first call, not only after a change
    }

    @Override
    public void exchangeFinished(String system, String operation, String method, String path, int attempt, int status,
                                 Duration duration, Throwable failure) {
        Timer.builder(REQUESTS)
                .description("Attempts sent to a downstream system, by outcome")
                .tags(Tags.of("system", system, "operation", operations.of(system, operation), "outcome", outcome(status)))
                .register(registry)
                .record(duration);
    }

    @Override
    public void retryScheduled(String system, String operation, int nextAttempt, Duration delay, String reason) {
        Counter.builder(RETRIES)
                .description("Retries scheduled after a failed attempt")
                .tags(Tags.of("system", system, "operation", operations.of(system, operation)))
                .register(registry)
                .increment();
    }

    @Override
    public void rateLimitWaited(String system, String operation, Duration waited, boolean granted) {
        Timer.builder(RATE_LIMIT_WAITS)
                .description("Waits for a client-side rate-limit permit")
                .tags(Tags.of("system", system, "outcome", granted ? "granted" : "refused"))
                .register(registry)
                .record(waited);
    }

    @Override
    public void circuitStateChanged(String system, String from, String to) {
        circuit(system).set(to.toLowerCase(Locale.ROOT));
    }

    /**
     * The last state seen for a downstream's breaker.
     *
     * @param system the downstream's name
     * @return {@code closed}, {@code open} or {@code half_open}; closed if never seen
     */
    public String circuitState(String system) {
        AtomicReference<String> state = circuits.get(system);
        return state == null ? "closed" : state.get();
    }

    private AtomicReference<String> circuit(String system) {
        AtomicReference<String> known = circuits.get(system);
        if (known != null) {
            return known;
        }
        return circuits.computeIfAbsent(system, s -> {
            AtomicReference<String> state = new AtomicReference<>("closed");
            for (String name : STATES) {
                Gauge.builder(CIRCUIT_STATE, state, current -> name.equals(current.get()) ? 1 : 0)
                        .strongReference(true)
                        .description("1 for the circuit breaker's current state, 0 for the others")
                        .tags(Tags.of("system", s, "state", name))
                        .register(registry);
            }
            return state;
        });
    }

    static String outcome(int status) {
        if (status < 0) {
            return "no_response";
        }
        if (status == 429) {
            return "rate_limited";
        }
        if (status >= 500) {
            return "server_error";
        }
        return status >= 400 ? "client_error" : "success";
    }
}
