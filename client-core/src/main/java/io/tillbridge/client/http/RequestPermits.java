package io.tillbridge.client.http;

import java.time.Duration;
import java.time.Instant;

/**
 * A request budget the client does not own alone: a downstream's limit per organisation (Zoho counts
 * 100 requests a minute per organisation, not per process), shared by every instance of the host —
 * for example the runner's PostgreSQL-backed token bucket. When a client is given one
 * ({@link ClientBuilder#rateLimit(RequestPermits, Duration)}) it takes a permit before every attempt,
 * retries included, instead of using its in-process limiter.
 */
public interface RequestPermits {

    /**
     * Waits up to {@code maxWait} for one request's permit.
     *
     * @param maxWait the longest to wait
     * @return false when none came in time, or while the budget is held (then nothing is sent)
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    boolean acquire(Duration maxWait) throws InterruptedException;

    /**
     * The downstream said the budget is spent until {@code until} (Zoho's daily quota, code 45): every
     * user of these permits should hold until then. Default: nothing shared to tell.
     *
     * @param until  when the budget is available again
     * @param reason the downstream's words, for logs
     */
    default void exhausted(Instant until, String reason) {
    }

    /**
     * The downstream reported how much of its longer-term quota is left (Zoho's daily quota, from the
     * headers of an answer), so that a shared budget can hold new work before the quota is spent and
     * keep a reserve for the host. Default: nothing shared to tell.
     *
     * @param report the quota as the answer gave it
     */
    default void reported(QuotaReport report) {
    }
}
