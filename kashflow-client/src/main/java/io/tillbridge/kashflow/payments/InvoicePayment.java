package io.tillbridge.kashflow.payments;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A payment as SOAP {@code GetInvoicePayment} answers it ({@code Payment}, reference: kashflow.md §4):
 * {@code PayID}, {@code PayInvoice} (invoice number), {@code PayDate}, {@code PayNote},
 * {@code PayAmount}, {@code PayMethod}, {@code PayAccount}.
 *
 * @param payId         {@code PayID}
 * @param invoiceNumber {@code PayInvoice}
 * @param date          {@code PayDate}
 * @param note          {@code PayNote}
 * @param amount        {@code PayAmount}
 * @param method        {@code PayMethod}
 * @param account       {@code PayAccount}
 * @param fields every field as sent, including ones not named here
 */
public record InvoicePayment(long payId, int invoiceNumber, String date, String note, BigDecimal amount, int method, int account,
                             Map<String, String> fields) {

    /**
     * Copies the fields.
     *
     * @param payId         {@code PayID}
     * @param invoiceNumber {@code PayInvoice}
     * @param date          {@code PayDate}
     * @param note          {@code PayNote}
     * @param amount        {@code PayAmount}
     * @param method        {@code PayMethod}
     * @param account       {@code PayAccount}
     * @param fields        every field as sent, including ones not named here
     */
    public InvoicePayment {
        fields = Map.copyOf(fields);
    }

    static InvoicePayment of(Map<String, String> fields) {
        return new InvoicePayment(number(fields.get("PayID")), (int) number(fields.get("PayInvoice")), fields.get("PayDate"),
                fields.get("PayNote"), decimal(fields.get("PayAmount")), (int) number(fields.get("PayMethod")),
                (int) number(fields.get("PayAccount")), fields);
    }

    private static long number(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
