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

    private final String error;

    public KashFlowApiException(int status, String error, String message, String requestId) {
        super("KashFlow", status, error == null ? List.of() : List.of(error), message, requestId);
        this.error = error;
    }

    /** KashFlow's {@code Error} code ({@code InvalidSessionToken}, …) or, for SOAP, {@code NO}; empty when none came. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
