package io.tillbridge.opayo.transactions;

import io.tillbridge.client.TransportException;

/**
 * A transaction request may or may not have been processed and the lookup could not tell. Do not
 * send it again under a new vendorTxCode: look it up later (reconciliation does), or hold the order
 * for a person. The vendorTxCode is the key to resolve it with.
 */
public final class OutcomeUnknownException extends TransportException {

    private static final long serialVersionUID = 1L;

    /** The code of the payment whose outcome is unknown. */
    private final String vendorTxCode;

    /**
     * Creates the exception.
     *
     * @param vendorTxCode the code of the payment whose outcome is unknown
     * @param message      what happened
     * @param cause        the failure that hid the outcome
     */
    public OutcomeUnknownException(String vendorTxCode, String message, Throwable cause) {
        super(message, true, cause);
        this.vendorTxCode = vendorTxCode;
    }

    /**
     * The code of the payment whose outcome is unknown, to look it up later.
     *
     * @return the vendorTxCode
     */
    public String vendorTxCode() {
        return vendorTxCode;
    }
}
