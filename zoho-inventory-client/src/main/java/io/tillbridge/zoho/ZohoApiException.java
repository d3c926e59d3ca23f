package io.tillbridge.zoho;

import io.tillbridge.client.ApiException;
import java.util.List;

/**
 * Zoho answered with a non-zero envelope {@code code}, under HTTP 200 or an error status
 * (reference: zoho-inventory.md §1).
 */
public class ZohoApiException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** Zoho's envelope code. */
    private final int code;

    /**
     * Creates the exception.
     *
     * @param status    the HTTP status
     * @param code      Zoho's envelope code
     * @param message   Zoho's message
     * @param requestId the request id, or null
     */
    public ZohoApiException(int status, int code, String message, String requestId) {
        super("Zoho Inventory", status, List.of(Integer.toString(code)), message, requestId);
        this.code = code;
    }

    /**
     * Zoho's envelope code, for example 1002 (does not exist) or 4 (invalid value).
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * Code 1002: the record does not exist.
     *
     * @return true for code 1002
     */
    public boolean isNotFound() {
        return code == 1002;
    }
}
