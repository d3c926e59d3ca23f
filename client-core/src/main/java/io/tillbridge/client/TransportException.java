package io.tillbridge.client;

import io.tillbridge.TillbridgeException;

/**
 * No usable answer came back: the connection failed, timed out or was reset, the circuit breaker
 * is open, or retries ran out. {@link #outcomeUnknown()} says whether the request may have
 * reached the server — if so, the operation may have happened, and must be resolved by a lookup,
 * never by blindly sending it again.
 */
public class TransportException extends TillbridgeException {

    private static final long serialVersionUID = 1L;

    /** Whether the request may have been processed. */
    private final boolean outcomeUnknown;

    /**
     * Creates the exception.
     *
     * @param message        what failed, without credentials or card data
     * @param outcomeUnknown whether the request may have reached the system and been processed
     * @param cause          the I/O failure
     */
    public TransportException(String message, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * True when the request may have been processed.
     *
     * @return true when the outcome is unknown
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
