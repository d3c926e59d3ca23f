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

    public ZohoDailyLimitException(int status, String message, String requestId, Duration untilReset) {
        super("Zoho Inventory", status, List.of("45"), message, requestId, untilReset);
    }
}
