package io.tillbridge.opayo.reporting;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of {@code getTransactionList} or {@code getBatchDetail}. Fields Opayo left out are null;
 * all that it sent is in {@code fields}.
 *
 * @param vpsTxId         Opayo's id, with braces
 * @param vendorTxCode    the merchant's code
 * @param transactionType Authenticate, Authorise, Deferred, Manual, Payment, PreAuth, Refund, Repeat, RepeatDeferred
 * @param result          for example {@code SUCCESS}
 * @param amount          major units
 * @param currency        ISO 4217
 * @param started         as Reporting writes it ({@code dd/MM/yyyy HH:mm:ss.SSS}, UK time)
 * @param fields          every field by lower-case name
 */
public record ReportedTransaction(String vpsTxId, String vendorTxCode, String transactionType, String result,
                                  BigDecimal amount, String currency, String started, Map<String, String> fields) {

    /**
     * Copies the fields.
     *
     * @param vpsTxId         Opayo's id, with braces
     * @param vendorTxCode    the merchant's code
     * @param transactionType Authenticate, Authorise, Deferred, Manual, Payment, PreAuth, Refund, Repeat,
     *     RepeatDeferred
     * @param result          for example {@code SUCCESS}
     * @param amount          major units
     * @param currency        ISO 4217
     * @param started         as Reporting writes it ({@code dd/MM/yyyy HH:mm:ss.SSS}, UK time)
     * @param fields          every field by lower-case name
     */
    public ReportedTransaction {
        fields = Map.copyOf(fields);
    }

    /**
     * The id as Pi writes it: without braces; null when the row has none.
     *
     * @return the transaction id, or null
     */
    public String transactionId() {
        return vpsTxId == null ? null : vpsTxId.replace("{", "").replace("}", "");
    }
}
