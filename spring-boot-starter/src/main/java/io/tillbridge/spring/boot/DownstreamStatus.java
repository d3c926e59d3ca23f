package io.tillbridge.spring.boot;

import io.tillbridge.client.http.ClientListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the health indicator says about each downstream, learnt as a {@link ClientListener}: the circuit
 * breaker's state, and — for a client whose rate limit the configuration states (Zoho's) — how many of
 * the period's permits are left. Hosts rarely need it directly; it is a bean so that they can.
 * Thread-safe.
 */
public final class DownstreamStatus implements ClientListener {

    /** Past this many permits a period, the headroom is not tracked: the limit is not the constraint. */
    static final long MAX_TRACKED_PERMITS = 10_000;

    private final Clock clock;
    private final Map<String, AtomicReference<String>> circuits = new ConcurrentHashMap<>();
    private final Map<String, Window> limits = new ConcurrentHashMap<>();

    /** @param clock for the rate-limit window */
    public DownstreamStatus(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * States the limit a client applies, so that its headroom can be told.
     *
     * @param system  the downstream's name
     * @param permits requests allowed per period
     * @param period  the period
     */
    public void knownLimit(String system, long permits, Duration period) {
        if (permits <= MAX_TRACKED_PERMITS) {
            limits.put(system, new Window(permits, period));
        }
    }

    @Override
    public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
        circuit(system);
    }

    @Override
    public void rateLimitWaited(String system, String operation, Duration waited, boolean granted) {
        Window window = limits.get(system);
        if (window != null) {
            window.taken(clock.instant(), granted);
        }
    }

    @Override
    public void circuitStateChanged(String system, String from, String to) {
        circuit(system).set(to.toLowerCase(Locale.ROOT));
    }

    /**
     * Each downstream seen so far, with its circuit state.
     *
     * @return by system name: {@code closed}, {@code open} or {@code half_open}
     */
    public Map<String, String> circuits() {
        Map<String, String> out = new java.util.TreeMap<>();
        circuits.forEach((system, state) -> out.put(system, state.get()));
        return out;
    }

    /**
     * A client's rate-limit headroom, when its limit is known.
     *
     * @param system the downstream's name
     * @return the headroom, or empty when no limit was stated for it
     */
    public Optional<Headroom> headroom(String system) {
        Window window = limits.get(system);
        return window == null ? Optional.empty() : Optional.of(window.headroom(clock.instant()));
    }

    /**
     * Every known limit's headroom.
     *
     * @return by system name
     */
    public Map<String, Headroom> headrooms() {
        Map<String, Headroom> out = new LinkedHashMap<>();
        new java.util.TreeMap<>(limits).forEach((system, window) -> out.put(system, window.headroom(clock.instant())));
        return out;
    }

    private AtomicReference<String> circuit(String system) {
        AtomicReference<String> known = circuits.get(system);
        return known != null ? known : circuits.computeIfAbsent(system, s -> new AtomicReference<>("closed"));
    }

    /**
     * A rate limit's state.
     *
     * @param permits  permits per period
     * @param period   the period
     * @param used     permits taken within the last period
     * @param left     permits left in it (never below 0)
     * @param refusals calls refused for want of a permit since start
     */
    public record Headroom(long permits, Duration period, long used, long left, long refusals) {
    }

    /** The permits taken within the trailing period: their times, at most {@code permits} kept. */
    private static final class Window {
        private final long permits;
        private final Duration period;
        private final Deque<Instant> taken = new ArrayDeque<>();
        private final AtomicLong refusals = new AtomicLong();

        Window(long permits, Duration period) {
            this.permits = permits;
            this.period = period;
        }

        synchronized void taken(Instant at, boolean granted) {
            if (!granted) {
                refusals.incrementAndGet();
                return;
            }
            taken.addLast(at);
            while (taken.size() > permits) {
                taken.removeFirst();
            }
        }

        synchronized Headroom headroom(Instant now) {
            Instant since = now.minus(period);
            while (!taken.isEmpty() && !taken.peekFirst().isAfter(since)) {
                taken.removeFirst();
            }
            long used = taken.size();
            return new Headroom(permits, period, used, Math.max(0, permits - used), refusals.get());
        }
    }
}
