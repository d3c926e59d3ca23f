package io.tillbridge.kashflow;

import io.tillbridge.client.ApiException;
import java.util.List;
import java.util.Optional;

/**
 * KashFlow refused a call: a REST answer with an error status and its {@code {Error, Message}} body
 * (reference: kashflow.md §2), or a SOAP answer with {@code Status NO} and its {@code StatusDetail}
 * (§4; those come under HTTP 200, so {@link #status()} is 200). Messages are redacted of the
 * client's credentials before they get here.
 */
public class KashFlowApiException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** KashFlow's {@code Error} code; may be null. */
    private final String error;

    /**
     * Creates the exception.
     *
     * @param status    the HTTP status
     * @param error     KashFlow's {@code Error} code; may be null
     * @param message   KashFlow's message
     * @param requestId the request id, or null
     */
    public KashFlowApiException(int status, String error, String message, String requestId) {
        super("KashFlow", status, error == null ? List.of() : List.of(error), message, requestId);
        this.error = error;
    }

    /**
     * KashFlow's {@code Error} code ({@code InvalidSessionToken}, …) or, for SOAP, {@code NO}; empty when none
     * came.
     *
     * @return the error code, or empty
     */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
