package io.tillbridge.opayo.reporting;

import io.tillbridge.client.ApiException;
import java.util.List;

/**
 * The Reporting &amp; Admin API answered with an {@code errorcode} other than {@code 0000} (for
 * example 0010 bad signature, 0043 transaction not found, 0099 page too large).
 */
public class ReportingException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** Opayo's error code; may be null. */
    private final String errorCode;

    /**
     * Creates the exception from the Reporting API's error element.
     *
     * @param status    the HTTP status
     * @param errorCode Opayo's error code, such as {@code 0043}; may be null
     * @param error     Opayo's error text; may be null
     */
    public ReportingException(int status, String errorCode, String error) {
        super("Opayo Reporting", status, errorCode == null ? List.of() : List.of(errorCode),
                error == null ? "no error text" : error, null);
        this.errorCode = errorCode;
    }

    /**
     * Opayo's error code, such as {@code 0043}.
     *
     * @return the code, or null
     */
    public String errorCode() {
        return errorCode;
    }
}
