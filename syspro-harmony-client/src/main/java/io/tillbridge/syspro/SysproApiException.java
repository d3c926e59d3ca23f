package io.tillbridge.syspro;

import io.tillbridge.client.ApiException;
import java.util.List;

/**
 * SYSPRO answered, and the answer was an error: the common parent of the three layers of the reference
 * (syspro.md §2) — {@link SysproServiceException} (service and session text, or a non-200 status),
 * {@link BusinessObjectException} (a business object's {@code ERROR: …} text) and
 * {@link BusinessObjectValidationException} (per-field error blocks). A refused logon is a
 * {@link SysproLogonException}, an {@link io.tillbridge.client.AuthenticationException}.
 * Every message has passed the redactor: no password or session id.
 */
public class SysproApiException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status  the HTTP status
     * @param codes   SYSPRO's error codes; may be empty
     * @param message what went wrong, redacted
     */
    protected SysproApiException(int status, List<String> codes, String message) {
        super("SYSPRO", status, codes, message, null);
    }
}
