package io.tillbridge.kashflow.payments;

import io.tillbridge.kashflow.invoices.PaymentLine;

/**
 * Whether KashFlow holds a payment with a given reference on an invoice: what an effect engine asks
 * before posting, and after a post whose outcome is unknown. {@link Unknown} never means absent.
 */
public sealed interface PaymentLookup {

    /** The invoice carries the payment. */
    record Found(PaymentLine line) implements PaymentLookup {
    }

    /** KashFlow answered, and the invoice carries no payment with this reference (or there is no such invoice). */
    record Absent() implements PaymentLookup {
    }

    /** KashFlow could not be read; the answer stays unknown. */
    record Unknown(String reason) implements PaymentLookup {
    }
}
