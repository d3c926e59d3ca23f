package io.tillbridge.client.http;

import java.time.Instant;
import java.util.Objects;

/**
 * What a downstream said about its longer-term quota in an answer's headers — Zoho sends
 * {@code X-Rate-Limit-Limit}, {@code X-Rate-Limit-Remaining} and {@code X-Rate-Limit-Reset} (seconds to
 * the reset) for the organisation's daily quota on every answer.
 *
 * @param limit     the requests the quota allows per period, or -1 when the answer did not say
 * @param remaining the requests left in the period
 * @param resetsAt  when the period ends and the quota is whole again
 */
public record QuotaReport(long limit, long remaining, Instant resetsAt) {

    /**
     * Requires the reset and a remaining count that is not negative.
     *
     * @param limit     the requests the quota allows per period, or -1 when the answer did not say
     * @param remaining the requests left in the period
     * @param resetsAt  when the period ends and the quota is whole again
     */
    public QuotaReport {
        Objects.requireNonNull(resetsAt, "resetsAt");
        if (remaining < 0) {
            throw new IllegalArgumentException("remaining must not be negative, was " + remaining);
        }
    }
}
