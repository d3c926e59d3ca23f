package io.tillbridge.mapping.model;

import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One transaction in a settlement batch, as the acquirer paid or took it.
 *
 * @param batchId               the batch it settled in
 * @param transactionId         the gateway's transaction id; may be null when the report lacks it
 * @param vendorTxCode          may be null when the report lacks it
 * @param type                  PAYMENT, REFUND, … ; refunds are reported with a positive amount and this type
 * @param amount                positive gross amount
 * @param fee                   the gateway or acquirer fee for this line; null when the report carries none
 * @param cardType              may be null
 * @param bankAuthorisationCode identifies the transaction to the bank; may be null
 * @param date                  the transaction date
 */
public record SettlementLine(String batchId, String transactionId, String vendorTxCode, TransactionType type,
                             Money amount, Money fee, String cardType, String bankAuthorisationCode,
                             LocalDate date) {

    /**
     * Requires the batch id, type and amount.
     *
     * @param batchId               the batch it settled in
     * @param transactionId         the gateway's transaction id; may be null when the report lacks it
     * @param vendorTxCode          may be null when the report lacks it
     * @param type                  PAYMENT, REFUND, … ; refunds are reported with a positive amount and this type
     * @param amount                positive gross amount
     * @param fee                   the gateway or acquirer fee for this line; null when the report carries none
     * @param cardType              may be null
     * @param bankAuthorisationCode identifies the transaction to the bank; may be null
     * @param date                  the transaction date
     */
    public SettlementLine {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        if (fee != null) {
            amount.requireSameCurrency(fee);
        }
    }

    /**
     * The amount with the sign it has on the merchant's bank account: refunds and chargebacks negative.
     *
     * @return the signed amount
     */
    public Money signedAmount() {
        return type == TransactionType.REFUND || type == TransactionType.CHARGEBACK ? amount.negate() : amount;
    }
}
