package io.tillbridge.kashflow;

import io.tillbridge.client.TransportException;

/**
 * A payment (or journal, or bank transaction) post got no usable answer, and reading KashFlow back
 * could not prove whether it was recorded. Nothing was resent. Hold the work and look it up later
 * with {@link io.tillbridge.kashflow.payments.InvoicePayments#find}; never post it again blindly.
 */
public class PaymentOutcomeUnknownException extends TransportException {

    private static final long serialVersionUID = 1L;

    private final int invoiceNumber;
    private final String reference;

    public PaymentOutcomeUnknownException(int invoiceNumber, String reference, String message, Throwable cause) {
        super(message, true, cause);
        this.invoiceNumber = invoiceNumber;
        this.reference = reference;
    }

    public int invoiceNumber() {
        return invoiceNumber;
    }

    /** The payment's reference, the key it is looked up by. */
    public String reference() {
        return reference;
    }
}
