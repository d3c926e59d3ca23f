package io.tillbridge.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The system refused the call for its rate limit, and retrying now would not be allowed. */
public class RateLimitedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** The wait the system asked for; may be null. */
    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param system     the downstream's name, for the message
     * @param status     the HTTP status of the answer
     * @param codes      the system's own error codes; empty when it gave none
     * @param message    the system's error text
     * @param requestId  the system's request id, or null when it gave none
     * @param retryAfter the wait the system asked for, or null when it did not say
     */
    public RateLimitedException(String system, int status, List<String> codes, String message, String requestId,
                                Duration retryAfter) {
        super(system, status, codes, message, requestId);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the system asked us to wait, when it said.
     *
     * @return the wait, or empty when the system did not say
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
