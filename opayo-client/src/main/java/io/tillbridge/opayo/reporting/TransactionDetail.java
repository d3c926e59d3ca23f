package io.tillbridge.opayo.reporting;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code getTransactionDetail}'s answer (reference: opayo.md §2). The common fields are typed; every
 * other field Opayo sent is in {@code fields} — except {@code securitykey}, which is a credential and
 * is dropped.
 *
 * @param vpsTxId          Opayo's id with its braces, as Reporting writes it
 * @param vendorTxCode     the merchant's code
 * @param transactionType  for example {@code Payment}
 * @param status           Opayo's status text
 * @param amount           in major units, as Reporting writes it
 * @param currency         ISO 4217
 * @param batchId          the settlement batch, once settled
 * @param bankAuthCode     the bank's authorisation code
 * @param fields           every other field by lower-case name
 */
public record TransactionDetail(String vpsTxId, String vendorTxCode, String transactionType, String status,
                                BigDecimal amount, String currency, String batchId, String bankAuthCode,
                                Map<String, String> fields) {

    /**
     * Copies the fields.
     *
     * @param vpsTxId          Opayo's id with its braces, as Reporting writes it
     * @param vendorTxCode     the merchant's code
     * @param transactionType  for example {@code Payment}
     * @param status           Opayo's status text
     * @param amount           in major units, as Reporting writes it
     * @param currency         ISO 4217
     * @param batchId          the settlement batch, once settled
     * @param bankAuthCode     the bank's authorisation code
     * @param fields           every other field by lower-case name
     */
    public TransactionDetail {
        fields = Map.copyOf(fields);
    }

    /**
     * The id as Pi writes it: without braces.
     *
     * @return the transaction id
     */
    public String transactionId() {
        return vpsTxId == null ? null : vpsTxId.replace("{", "").replace("}", "");
    }
}
