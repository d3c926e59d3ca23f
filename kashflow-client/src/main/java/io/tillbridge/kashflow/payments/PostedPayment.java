package io.tillbridge.kashflow.payments;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A payment KashFlow holds after {@link InvoicePayments#record}.
 *
 * @param paymentId       KashFlow's id ({@code PayID}, the payment line's {@code Id})
 * @param alreadyRecorded true when the invoice already carried a payment with this reference, so
 *                        nothing was posted — the call is safe to repeat
 */
public record PostedPayment(long paymentId, int invoiceNumber, String reference, BigDecimal amount, Currency currency,
                            boolean alreadyRecorded) {
}
