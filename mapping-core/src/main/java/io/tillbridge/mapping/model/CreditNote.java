package io.tillbridge.mapping.model;

import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A credit note (Zoho credit note, SYSPRO credit memo): what the customer is owed back, and why.
 *
 * @param id         the source system's id
 * @param number     the document number
 * @param customerId the customer
 * @param invoiceId  the invoice it credits; may be null
 * @param date       may be null
 * @param lines      returned or credited lines; may be empty
 * @param total      the amount credited
 * @param balance    the part not yet refunded or applied
 * @param status     the source's status, verbatim
 */
public record CreditNote(String id, String number, String customerId, String invoiceId, LocalDate date,
                         List<OrderLine> lines, Money total, Money balance, String status) {

    /**
     * Requires an id and a total; no lines read as none, and a missing balance as the whole total outstanding.
     *
     * @param id         the source system's id
     * @param number     the document number
     * @param customerId the customer
     * @param invoiceId  the invoice it credits; may be null
     * @param date       may be null
     * @param lines      returned or credited lines; may be empty
     * @param total      the amount credited
     * @param balance    the part not yet refunded or applied
     * @param status     the source's status, verbatim
     */
    public CreditNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(total, "total");
        lines = lines == null ? List.of() : List.copyOf(lines);
        balance = balance == null ? total : balance;
        total.requireSameCurrency(balance);
    }
}
