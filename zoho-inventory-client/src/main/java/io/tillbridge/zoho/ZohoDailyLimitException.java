package io.tillbridge.zoho;

import io.tillbridge.client.RateLimitedException;
import java.time.Duration;
import java.util.List;

/**
 * The organisation's daily API quota is used up (code 45). Not retried: it resets at the time Zoho
 * gives in {@code X-Rate-Limit-Reset}, when it gives one.
 */
public class ZohoDailyLimitException extends RateLimitedException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status     the HTTP status
     * @param message    Zoho's message
     * @param requestId  the request id, or null
     * @param untilReset how long until the quota resets, or null when Zoho did not say
     */
    public ZohoDailyLimitException(int status, String message, String requestId, Duration untilReset) {
        super("Zoho Inventory", status, List.of("45"), message, requestId, untilReset);
    }
}
