package io.tillbridge.opayo.reporting;

import io.tillbridge.client.ApiException;
import java.util.List;

/**
 * The Reporting &amp; Admin API answered with an {@code errorcode} other than {@code 0000} (for
 * example 0010 bad signature, 0043 transaction not found, 0099 page too large).
 */
public class ReportingException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final String errorCode;

    public ReportingException(int status, String errorCode, String error) {
        super("Opayo Reporting", status, errorCode == null ? List.of() : List.of(errorCode),
                error == null ? "no error text" : error, null);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
