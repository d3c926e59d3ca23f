package io.tillbridge.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The system refused the call for its rate limit, and retrying now would not be allowed. */
public class RateLimitedException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(String system, int status, List<String> codes, String message, String requestId,
                                Duration retryAfter) {
        super(system, status, codes, message, requestId);
        this.retryAfter = retryAfter;
    }

    /** How long the system asked us to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
