package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A customer payment and the invoices it was applied to (reference: zoho-inventory.md §3.6).
 *
 * @param paymentId       Zoho's {@code payment_id}
 * @param paymentNumber   Zoho's {@code payment_number}
 * @param customerId      Zoho's {@code customer_id}
 * @param customerName    Zoho's {@code customer_name}
 * @param paymentMode     Zoho's {@code payment_mode}
 * @param amount          Zoho's {@code amount}
 * @param amountRefunded  Zoho's {@code amount_refunded}
 * @param bankCharges     Zoho's {@code bank_charges}
 * @param date            Zoho's {@code date}
 * @param status          Zoho's {@code status}
 * @param referenceNumber Zoho's {@code reference_number}
 * @param description     Zoho's {@code description}
 * @param currencyCode    Zoho's {@code currency_code}
 * @param unusedAmount    Zoho's {@code unused_amount}
 * @param lastFourDigits  Zoho's {@code last_four_digits}
 * @param invoices        Zoho's {@code invoices}
 * @param customFields    Zoho's {@code custom_fields}
 * @param other           every other field Zoho sent, by its wire name
 */
public record CustomerPayment(String paymentId, String paymentNumber, String customerId, String customerName,
                              String paymentMode, BigDecimal amount, BigDecimal amountRefunded, BigDecimal bankCharges,
                              LocalDate date, String status, String referenceNumber, String description,
                              String currencyCode, BigDecimal unusedAmount, String lastFourDigits,
                              List<AppliedInvoice> invoices, List<CustomField> customFields,
                              @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param paymentId       Zoho's {@code payment_id}
     * @param paymentNumber   Zoho's {@code payment_number}
     * @param customerId      Zoho's {@code customer_id}
     * @param customerName    Zoho's {@code customer_name}
     * @param paymentMode     Zoho's {@code payment_mode}
     * @param amount          Zoho's {@code amount}
     * @param amountRefunded  Zoho's {@code amount_refunded}
     * @param bankCharges     Zoho's {@code bank_charges}
     * @param date            Zoho's {@code date}
     * @param status          Zoho's {@code status}
     * @param referenceNumber Zoho's {@code reference_number}
     * @param description     Zoho's {@code description}
     * @param currencyCode    Zoho's {@code currency_code}
     * @param unusedAmount    Zoho's {@code unused_amount}
     * @param lastFourDigits  Zoho's {@code last_four_digits}
     * @param invoices        Zoho's {@code invoices}
     * @param customFields    Zoho's {@code custom_fields}
     * @param other           every other field Zoho sent, by its wire name
     */
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
