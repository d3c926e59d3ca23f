package io.tillbridge.zoho;

import io.tillbridge.client.ApiException;
import java.util.List;

/**
 * Zoho answered with a non-zero envelope {@code code}, under HTTP 200 or an error status
 * (reference: zoho-inventory.md §1).
 */
public class ZohoApiException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final int code;

    public ZohoApiException(int status, int code, String message, String requestId) {
        super("Zoho Inventory", status, List.of(Integer.toString(code)), message, requestId);
        this.code = code;
    }

    /** Zoho's envelope code, for example 1002 (does not exist) or 4 (invalid value). */
    public int code() {
        return code;
    }

    /** Code 1002: the record does not exist. */
    public boolean isNotFound() {
        return code == 1002;
    }
}
