package io.tillbridge.client.http;

import io.tillbridge.client.ValidationException;
import java.time.Duration;

/**
 * Exponential backoff with full jitter: before attempt n+1 the client waits a random time between
 * zero and {@code min(maxDelay, initialDelay × multiplier^(n-1))}, unless the server said how long
 * with {@code Retry-After}, which wins. A {@code Retry-After} longer than {@code maxRetryAfter} ends
 * the retries and is surfaced to the caller instead.
 *
 * @param maxAttempts   attempts in all, including the first; 1 disables retries
 * @param initialDelay  the first backoff ceiling
 * @param multiplier    growth of the ceiling per attempt
 * @param maxDelay      the largest ceiling
 * @param maxRetryAfter the longest server-requested wait the client will sit through
 */
public record RetrySettings(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
                            Duration maxRetryAfter) {

    /** Design defaults: 4 attempts, 250 ms doubling to 8 s, Retry-After up to 60 s. */
    public static final RetrySettings DEFAULTS =
            new RetrySettings(4, Duration.ofMillis(250), 2.0, Duration.ofSeconds(8), Duration.ofSeconds(60));

    /** No retries at all. */
    public static final RetrySettings NONE = new RetrySettings(1, Duration.ZERO, 1.0, Duration.ZERO, Duration.ZERO);

    /**
     * Requires at least one attempt, a multiplier of at least 1 and every duration.
     *
     * @param maxAttempts   attempts in all, including the first; 1 disables retries
     * @param initialDelay  the first backoff ceiling
     * @param multiplier    growth of the ceiling per attempt
     * @param maxDelay      the largest ceiling
     * @param maxRetryAfter the longest server-requested wait the client will sit through
     */
    public RetrySettings {
        if (maxAttempts < 1) {
            throw new ValidationException("maxAttempts", "must be at least 1");
        }
        ValidationException.required(initialDelay, "initialDelay");
        ValidationException.required(maxDelay, "maxDelay");
        ValidationException.required(maxRetryAfter, "maxRetryAfter");
        if (multiplier < 1.0) {
            throw new ValidationException("multiplier", "must be at least 1");
        }
    }

    /**
     * The backoff ceiling before the given retry (1 = first retry).
     *
     * @param retry the retry's number, 1 for the first
     * @return the ceiling of the random wait
     */
    public Duration ceiling(int retry) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
        return Duration.ofMillis((long) Math.min(maxDelay.toMillis(), millis));
    }
}
