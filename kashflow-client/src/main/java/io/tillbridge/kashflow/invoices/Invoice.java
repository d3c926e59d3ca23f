package io.tillbridge.kashflow.invoices;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An invoice as REST v2 answers it (reference: kashflow.md §3): keyed by {@code Number}, with its
 * {@code LineItems}, {@code PaymentLines}, {@code TotalPaidAmount} and {@code Status}. List summaries
 * carry null lines, payment lines and currency; read the single invoice for those. Dates are raw
 * text. Unknown fields are kept in {@code other}.
 *
 * @param id                KashFlow's {@code Id}
 * @param number            KashFlow's {@code Number}
 * @param customerId        KashFlow's {@code CustomerId}
 * @param customerCode      KashFlow's {@code CustomerCode}
 * @param customerName      KashFlow's {@code CustomerName}
 * @param customerReference KashFlow's {@code CustomerReference}
 * @param issuedDate        KashFlow's {@code IssuedDate}
 * @param dueDate           KashFlow's {@code DueDate}
 * @param paidDate          KashFlow's {@code PaidDate}
 * @param lastPaymentDate   KashFlow's {@code LastPaymentDate}
 * @param netAmount         KashFlow's {@code NetAmount}
 * @param vatAmount         KashFlow's {@code VatAmount}
 * @param grossAmount       KashFlow's {@code GrossAmount}
 * @param totalPaidAmount   KashFlow's {@code TotalPaidAmount}
 * @param dueAmount         KashFlow's {@code DueAmount}
 * @param status            KashFlow's {@code Status}
 * @param currency          KashFlow's {@code Currency}
 * @param lineItems         KashFlow's {@code LineItems}
 * @param paymentLines      KashFlow's {@code PaymentLines}
 * @param vatNumber         KashFlow's {@code VatNumber}
 * @param permalink         KashFlow's {@code Permalink}
 * @param other             every other field KashFlow sent, by its wire name
 */
public record Invoice(Long id, Integer number, Long customerId, String customerCode, String customerName, String customerReference,
                      String issuedDate, String dueDate, String paidDate, String lastPaymentDate, BigDecimal netAmount,
                      BigDecimal vatAmount, BigDecimal grossAmount, BigDecimal totalPaidAmount, BigDecimal dueAmount, String status,
                      InvoiceCurrency currency, List<LineItem> lineItems, List<PaymentLine> paymentLines, String vatNumber,
                      String permalink, @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads missing line and payment lists as empty and keeps the fields not named here, unmodifiable and never
     * null, so that nothing KashFlow sends is lost.
     *
     * @param id                KashFlow's {@code Id}
     * @param number            KashFlow's {@code Number}
     * @param customerId        KashFlow's {@code CustomerId}
     * @param customerCode      KashFlow's {@code CustomerCode}
     * @param customerName      KashFlow's {@code CustomerName}
     * @param customerReference KashFlow's {@code CustomerReference}
     * @param issuedDate        KashFlow's {@code IssuedDate}
     * @param dueDate           KashFlow's {@code DueDate}
     * @param paidDate          KashFlow's {@code PaidDate}
     * @param lastPaymentDate   KashFlow's {@code LastPaymentDate}
     * @param netAmount         KashFlow's {@code NetAmount}
     * @param vatAmount         KashFlow's {@code VatAmount}
     * @param grossAmount       KashFlow's {@code GrossAmount}
     * @param totalPaidAmount   KashFlow's {@code TotalPaidAmount}
     * @param dueAmount         KashFlow's {@code DueAmount}
     * @param status            KashFlow's {@code Status}
     * @param currency          KashFlow's {@code Currency}
     * @param lineItems         KashFlow's {@code LineItems}
     * @param paymentLines      KashFlow's {@code PaymentLines}
     * @param vatNumber         KashFlow's {@code VatNumber}
     * @param permalink         KashFlow's {@code Permalink}
     * @param other             every other field KashFlow sent, by its wire name
     */
    public Invoice {
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        paymentLines = paymentLines == null ? List.of() : List.copyOf(paymentLines);
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }

    /**
     * Whether the invoice is paid. REST has no paid flag; KashFlow's own examples show {@code Status}
     * "Paid" with a null {@code PaidDate}, so the status or the amounts decide, never the date alone.
     *
     * @return true when paid
     */
    public boolean paid() {
        if (status != null && status.equalsIgnoreCase("Paid")) {
            return true;
        }
        return grossAmount != null && totalPaidAmount != null && grossAmount.signum() > 0
                && totalPaidAmount.compareTo(grossAmount) >= 0;
    }

    /**
     * The invoice's currency. Empty only when the invoice names none, as list summaries do (reference:
     * kashflow.md §2); the reference does not say what a full invoice without one is in, so the caller
     * decides (the payment service refuses to guess). A code that is not ISO 4217 is never taken for
     * another currency.
     *
     * @return the currency, or empty when the invoice carries no {@code Currency.Code}
     * @throws io.tillbridge.kashflow.UnreadableAnswerException naming {@code Currency.Code} when it is not an ISO 4217 code
     */
    public Optional<Currency> currencyCode() {
        if (currency == null || currency.code() == null || currency.code().isBlank()) {
            return Optional.empty();
        }
        String code = currency.code().trim();
        try {
            if (code.length() != 3) {
                throw new IllegalArgumentException(code);
            }
            return Optional.of(Currency.getInstance(code.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            throw new io.tillbridge.kashflow.UnreadableAnswerException(200, "Currency.Code", "invoice " + number + " has currency code '"
                    + io.tillbridge.client.redact.Redactor.standard().text(code.length() > 16 ? code.substring(0, 16) + "…" : code)
                    + "', which is not an ISO 4217 code", null);
        }
    }

    /**
     * {@code IssuedDate} as a date, read leniently; empty when absent or a "no date" marker.
     *
     * @return the date, or empty
     */
    public Optional<java.time.LocalDate> issuedOn() {
        return io.tillbridge.kashflow.internal.KashFlowJson.date(issuedDate);
    }

    /**
     * {@code DueDate} as a date.
     *
     * @return the date, or empty
     */
    public Optional<java.time.LocalDate> dueOn() {
        return io.tillbridge.kashflow.internal.KashFlowJson.date(dueDate);
    }

    /**
     * {@code PaidDate} as a date; often empty even on paid invoices (see {@link #paid()}).
     *
     * @return the date, or empty
     */
    public Optional<java.time.LocalDate> paidOn() {
        return io.tillbridge.kashflow.internal.KashFlowJson.date(paidDate);
    }

    /**
     * The payment line carrying this reference, if any.
     *
     * @param reference the payment reference
     * @return the payment line, or empty
     */
    public Optional<PaymentLine> paymentWithReference(String reference) {
        java.util.List<PaymentLine> matching = paymentLines.stream().filter(line -> line.carries(reference)).toList();
        if (matching.size() > 1) {
            throw new io.tillbridge.kashflow.AmbiguousRecordException("invoice " + number() + " carries " + matching.size()
                    + " payments with reference '" + reference + "'");
        }
        return matching.stream().findFirst();
    }
}
