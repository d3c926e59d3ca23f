package io.tillbridge.opayo;

import io.tillbridge.client.ApiException;
import java.util.List;

/**
 * Opayo answered with a success status but a body this client cannot act on: not JSON, not a
 * transaction object, or an {@code Ok} without a {@code transactionId}. What Opayo did is unknown;
 * look the transaction up before doing anything else with the order.
 */
public final class UnusableAnswerException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param system    the downstream's name, for the message
     * @param status    the HTTP status of the answer
     * @param message   what was wrong with the answer
     * @param requestId the request id, or null
     */
    public UnusableAnswerException(String system, int status, String message, String requestId) {
        super(system, status, List.of(), message, requestId);
    }
}
