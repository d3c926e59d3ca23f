package io.tillbridge.client;

import java.util.List;

/** The credentials were missing, wrong, expired or revoked. Retrying will not help. */
public class AuthenticationException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param system    the downstream's name, for the message
     * @param status    the HTTP status of the answer
     * @param codes     the system's own error codes; empty when it gave none
     * @param message   the system's error text
     * @param requestId the system's request id, or null when it gave none
     */
    public AuthenticationException(String system, int status, List<String> codes, String message, String requestId) {
        super(system, status, codes, message, requestId);
    }
}
