package io.tillbridge.kashflow.payments;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * What {@link InvoicePayments#record} did: posted the payment now, or found it already on the
 * invoice and posted nothing. Both mean KashFlow holds exactly one payment with this reference.
 */
public sealed interface PaymentPosting {

    /**
     * KashFlow's id ({@code PayID}, the payment line's {@code Id}); 0 when KashFlow gave none.
     *
     * @return the payment id
     */
    long paymentId();

    /**
     * The invoice paid.
     *
     * @return the invoice number
     */
    int invoiceNumber();

    /**
     * The reference the payment is found by.
     *
     * @return the reference
     */
    String reference();

    /**
     * The amount paid.
     *
     * @return the amount
     */
    BigDecimal amount();

    /**
     * The amount's currency.
     *
     * @return the currency
     */
    Currency currency();

    /** Posted by this call (possibly resolved by a read-back after an ambiguous failure). */
    record Posted(long paymentId, int invoiceNumber, String reference, BigDecimal amount, Currency currency)
            implements PaymentPosting {
    }

    /**
     * The invoice already carried a payment with this reference, so nothing was sent. The amount is
     * what KashFlow holds, which may differ from the request's — the caller decides what that means.
     */
    record AlreadyPosted(long paymentId, int invoiceNumber, String reference, BigDecimal amount, Currency currency)
            implements PaymentPosting {
    }
}
