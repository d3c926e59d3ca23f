package io.tillbridge.kashflow;

/**
 * The record does not exist: REST 404, or a SOAP {@code NO} whose detail says so
 * ("There is no customer with that …", reference: kashflow.md §4).
 */
public class KashFlowNotFoundException extends KashFlowApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status    the HTTP status
     * @param error     KashFlow's {@code Error} code; may be null
     * @param message   KashFlow's message
     * @param requestId the request id, or null
     */
    public KashFlowNotFoundException(int status, String error, String message, String requestId) {
        super(status, error, message, requestId);
    }
}
