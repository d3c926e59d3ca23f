package io.tillbridge.flows.kashflow;

import io.tillbridge.mapping.customfields.CanonicalField;
import io.tillbridge.mapping.model.Address;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An Opayo transaction as the KashFlow flows need it: what the runner takes from a verified Server
 * notification, or reads from the Reporting API ({@code getTransactionDetail}) and Pi. Fields Opayo did
 * not send are null; the flows say which one was missing rather than default it.
 *
 * @param transactionId        Opayo's id (VPSTxId without braces): the subject and the KashFlow reference
 * @param vendorTxCode         the merchant's code, from which the invoice number is read; may be null (dead-lettered)
 * @param type                 Payment, Refund …
 * @param amount               what was authorised (a refund: what was refunded), positive
 * @param date                 the business day it happened
 * @param bankAuthCode         the bank's authorisation code
 * @param cardType             for example {@code Visa}
 * @param fraudScore           the fraud screen's score, when screened
 * @param fraudDecision        the fraud screen's decision, when screened
 * @param relatedTransactionId a refund's original payment
 * @param payer                the billing details, when known
 */
public record OpayoPayment(String transactionId, String vendorTxCode, TransactionType type, Money amount, LocalDate date,
                           String bankAuthCode, String cardType, String fraudScore, String fraudDecision,
                           String relatedTransactionId, Payer payer) {

    /**
     * Requires a transaction id that is not blank.
     *
     * @param transactionId        Opayo's id (VPSTxId without braces): the subject and the KashFlow reference
     * @param vendorTxCode         the merchant's code, from which the invoice number is read; may be null
     *     (dead-lettered)
     * @param type                 Payment, Refund …
     * @param amount               what was authorised (a refund: what was refunded), positive
     * @param date                 the business day it happened
     * @param bankAuthCode         the bank's authorisation code
     * @param cardType             for example {@code Visa}
     * @param fraudScore           the fraud screen's score, when screened
     * @param fraudDecision        the fraud screen's decision, when screened
     * @param relatedTransactionId a refund's original payment
     * @param payer                the billing details, when known
     */
    public OpayoPayment {
        Objects.requireNonNull(transactionId, "transactionId");
        if (transactionId.isBlank()) {
            throw new IllegalArgumentException("transactionId must not be blank");
        }
        type = type == null ? TransactionType.UNKNOWN : type;
    }

    /**
     * Who paid, as Opayo's billing details give it.
     *
     * @param firstName billing first name
     * @param lastName  billing surname
     * @param email     the customer's e-mail; the stable key of the KashFlow customer
     * @param address   the billing address
     */
    public record Payer(String firstName, String lastName, String email, Address address) {
    }

    /** The values a custom-field template can copy (absent ones left out). */
    Map<CanonicalField, String> canonicalValues() {
        Map<CanonicalField, String> values = new EnumMap<>(CanonicalField.class);
        put(values, CanonicalField.TRANSACTION_ID, transactionId);
        put(values, CanonicalField.VENDOR_TX_CODE, vendorTxCode);
        put(values, CanonicalField.BANK_AUTHORISATION_CODE, bankAuthCode);
        put(values, CanonicalField.CARD_TYPE, cardType);
        put(values, CanonicalField.RISK_SCORE, fraudScore);
        put(values, CanonicalField.RISK_DECISION, fraudDecision);
        return values;
    }

    private static void put(Map<CanonicalField, String> values, CanonicalField field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, value);
        }
    }
}
