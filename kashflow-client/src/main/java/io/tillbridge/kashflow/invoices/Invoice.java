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
 */
public record Invoice(Long id, Integer number, Long customerId, String customerCode, String customerName, String customerReference,
                      String issuedDate, String dueDate, String paidDate, String lastPaymentDate, BigDecimal netAmount,
                      BigDecimal vatAmount, BigDecimal grossAmount, BigDecimal totalPaidAmount, BigDecimal dueAmount, String status,
                      InvoiceCurrency currency, List<LineItem> lineItems, List<PaymentLine> paymentLines, String vatNumber,
                      String permalink, @JsonAnySetter Map<String, Object> other) {

    public Invoice {
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        paymentLines = paymentLines == null ? List.of() : List.copyOf(paymentLines);
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }

    /**
     * Whether the invoice is paid. REST has no paid flag; KashFlow's own examples show {@code Status}
     * "Paid" with a null {@code PaidDate}, so the status or the amounts decide, never the date alone.
     */
    public boolean paid() {
        if (status != null && status.equalsIgnoreCase("Paid")) {
            return true;
        }
        return grossAmount != null && totalPaidAmount != null && grossAmount.signum() > 0
                && totalPaidAmount.compareTo(grossAmount) >= 0;
    }

    /** The invoice's currency, when it carries a known ISO code (summaries carry none). */
    public Optional<Currency> currencyCode() {
        if (currency == null || currency.code() == null || currency.code().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(currency.code().trim()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** {@code IssuedDate} as a date, read leniently; empty when absent or a "no date" marker. */
    public Optional<java.time.LocalDate> issuedOn() {
        return io.tillbridge.kashflow.internal.KashFlowJson.date(issuedDate);
    }

    /** {@code DueDate} as a date. */
    public Optional<java.time.LocalDate> dueOn() {
        return io.tillbridge.kashflow.internal.KashFlowJson.date(dueDate);
    }

    /** {@code PaidDate} as a date; often empty even on paid invoices (see {@link #paid()}). */
    public Optional<java.time.LocalDate> paidOn() {
        return io.tillbridge.kashflow.internal.KashFlowJson.date(paidDate);
    }

    /** The payment line carrying this reference, if any. */
    public Optional<PaymentLine> paymentWithReference(String reference) {
        java.util.List<PaymentLine> matching = paymentLines.stream().filter(line -> line.carries(reference)).toList();
        if (matching.size() > 1) {
            throw new io.tillbridge.kashflow.AmbiguousRecordException("invoice " + number() + " carries " + matching.size()
                    + " payments with reference '" + reference + "'");
        }
        return matching.stream().findFirst();
    }
}
