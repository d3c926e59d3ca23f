package io.tillbridge.kashflow;

import io.tillbridge.client.TransportException;

/**
 * A payment (or journal, or bank transaction) post got no usable answer, and reading KashFlow back
 * could not prove whether it was recorded. Nothing was resent. Hold the work and look it up later
 * with {@link io.tillbridge.kashflow.payments.InvoicePayments#find}; never post it again blindly.
 */
public class PaymentOutcomeUnknownException extends TransportException {

    private static final long serialVersionUID = 1L;

    /** The invoice the payment was for. */
    private final int invoiceNumber;
    /** The payment's reference. */
    private final String reference;

    /**
     * Creates the exception.
     *
     * @param invoiceNumber the invoice the payment was for
     * @param reference     the payment's reference
     * @param message       what happened
     * @param cause         the failure that hid the outcome
     */
    public PaymentOutcomeUnknownException(int invoiceNumber, String reference, String message, Throwable cause) {
        super(message, true, cause);
        this.invoiceNumber = invoiceNumber;
        this.reference = reference;
    }

    /**
     * The invoice the payment was for.
     *
     * @return the invoice number
     */
    public int invoiceNumber() {
        return invoiceNumber;
    }

    /**
     * The payment's reference, the key it is looked up by.
     *
     * @return the reference
     */
    public String reference() {
        return reference;
    }
}
