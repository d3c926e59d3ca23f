package io.tillbridge.mapping.model;

import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment or refund as a business system recorded it: a Zoho customer payment, a KashFlow invoice
 * payment, a SYSPRO AR payment.
 *
 * @param system        which system holds it
 * @param recordId      that system's id for the record
 * @param transactionId the gateway transaction id it cites; may be null
 * @param vendorTxCode  the vendorTxCode it cites; may be null
 * @param type          PAYMENT or REFUND, …
 * @param amount        positive amount
 * @param date          the posting date
 */
public record LedgerRecord(LedgerSystem system, String recordId, String transactionId, String vendorTxCode,
                           TransactionType type, Money amount, LocalDate date) {

    /**
     * Requires the system, record id, type and amount.
     *
     * @param system        which system holds it
     * @param recordId      that system's id for the record
     * @param transactionId the gateway transaction id it cites; may be null
     * @param vendorTxCode  the vendorTxCode it cites; may be null
     * @param type          PAYMENT or REFUND, …
     * @param amount        positive amount
     * @param date          the posting date
     */
    public LedgerRecord {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
    }
}
