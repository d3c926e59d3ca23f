package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A customer payment and the invoices it was applied to (reference: zoho-inventory.md §3.6). */
public record CustomerPayment(String paymentId, String paymentNumber, String customerId, String customerName,
                              String paymentMode, BigDecimal amount, BigDecimal amountRefunded, BigDecimal bankCharges,
                              LocalDate date, String status, String referenceNumber, String description,
                              String currencyCode, BigDecimal unusedAmount, String lastFourDigits,
                              List<AppliedInvoice> invoices, List<CustomField> customFields,
                              @JsonAnySetter Map<String, Object> other) {

    public CustomerPayment {
        invoices = invoices == null ? List.of() : invoices;
        customFields = customFields == null ? List.of() : customFields;
        other = other == null ? Map.of() : other;
    }

    /**
     * One invoice a payment was applied to.
     *
     * @param invoiceId     the invoice
     * @param invoiceNumber its number
     * @param amountApplied how much of the payment went to it
     * @param balanceAmount what the invoice still owes
     */
    public record AppliedInvoice(String invoiceId, String invoiceNumber, BigDecimal amountApplied, BigDecimal balanceAmount) {
    }
}
