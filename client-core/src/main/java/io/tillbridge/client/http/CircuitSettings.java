package io.tillbridge.client.http;

import java.time.Duration;

/**
 * When the per-downstream circuit breaker opens and how long it stays open.
 *
 * @param failures   failures within the last {@code window} attempts that open it
 * @param window     how many recent attempts are counted
 * @param openFor    how long it refuses calls before letting one through to test the downstream
 */
public record CircuitSettings(int failures, int window, Duration openFor) {

    /** Opens after 5 failures in the last 10 attempts, for 30 seconds. */
    public static final CircuitSettings DEFAULTS = new CircuitSettings(5, 10, Duration.ofSeconds(30));

    /**
     * Requires {@code 1 <= failures <= window} and a non-negative {@code openFor}.
     *
     * @param failures   failures within the last {@code window} attempts that open it
     * @param window     how many recent attempts are counted
     * @param openFor    how long it refuses calls before letting one through to test the downstream
     */
    public CircuitSettings {
        if (failures < 1 || window < failures) {
            throw new io.tillbridge.client.ValidationException("failures", "need 1 <= failures <= window, got " + failures + " of " + window);
        }
        if (io.tillbridge.client.ValidationException.required(openFor, "openFor").isNegative()) {
            throw new io.tillbridge.client.ValidationException("openFor", "must not be negative");
        }
    }
}
