package io.tillbridge.client.http;

import java.time.Duration;

/**
 * Hooks for metrics and tracing. Every method has an empty default; implement what you need.
 * Paths are already redacted. Called on the calling thread; keep implementations fast.
 */
public interface ClientListener {

    /** A listener that ignores every event, the default. */
    ClientListener NONE = new ClientListener() {
    };

    /**
     * An attempt is about to be sent.
     *
     * @param system    the downstream's name
     * @param operation the client operation, such as a method name
     * @param method    the HTTP method
     * @param path      the request path, redacted
     * @param attempt   1 for the first attempt
     */
    default void exchangeStarted(String system, String operation, String method, String path, int attempt) {
    }

    /**
     * An attempt ended.
     *
     * @param system    the downstream's name
     * @param operation the client operation, such as a method name
     * @param method    the HTTP method
     * @param path      the request path, redacted
     * @param attempt   1 for the first attempt
     * @param status  the HTTP status, or -1 when no response came
     * @param duration  how long the attempt took
     * @param failure the exception when no response came; else null
     */
    default void exchangeFinished(String system, String operation, String method, String path, int attempt, int status,
                                  Duration duration, Throwable failure) {
    }

    /**
     * Another attempt will follow after {@code delay}.
     *
     * @param system      the downstream's name
     * @param operation   the client operation
     * @param nextAttempt the number of the attempt that will follow
     * @param delay       the wait before it
     * @param reason for example {@code HTTP 503} or {@code connection reset}
     */
    default void retryScheduled(String system, String operation, int nextAttempt, Duration delay, String reason) {
    }

    /**
     * An attempt asked the client's rate limit for a permit (the in-process limiter or the shared
     * {@link RequestPermits}): called once per permit asked, only when the client has a rate limit.
     *
     * @param system    the downstream's name
     * @param operation the operation that asked
     * @param waited    how long the attempt waited for it (zero when a permit was free)
     * @param granted   false when none came within the limit's maximum wait: the attempt was not sent
     */
    default void rateLimitWaited(String system, String operation, Duration waited, boolean granted) {
    }

    /**
     * The downstream's circuit breaker changed state: CLOSED, OPEN or HALF_OPEN.
     *
     * @param system the downstream's name
     * @param from   the state it left
     * @param to     the state it entered
     */
    default void circuitStateChanged(String system, String from, String to) {
    }
}
