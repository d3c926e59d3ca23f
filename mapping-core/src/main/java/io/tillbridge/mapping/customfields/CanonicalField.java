package io.tillbridge.mapping.customfields;

import io.tillbridge.mapping.model.FraudIndicator;
import io.tillbridge.mapping.model.Payment;
import java.util.EnumMap;
import java.util.Map;

/** The canonical values a template can copy into a target system's custom fields. */
public enum CanonicalField {
    /** Opayo's transaction id. */
    TRANSACTION_ID,
    /** The merchant's own code for the payment attempt. */
    VENDOR_TX_CODE,
    /** The card issuer's authorisation code; absent for a declined payment. */
    BANK_AUTHORISATION_CODE,
    /** The combined address and security-code verdict. */
    AVS_CV2_RESULT,
    /** The 3-D Secure outcome. */
    THREE_D_SECURE_STATUS,
    /** Tillbridge's risk score, 0 to 100. */
    RISK_SCORE,
    /** Tillbridge's risk decision (accept, review, hold). */
    RISK_DECISION,
    /** The card scheme, such as Visa. */
    CARD_TYPE,
    /** The card's last four digits, the only card digits Tillbridge keeps. */
    LAST_FOUR_DIGITS,
    /** The canonical payment status. */
    PAYMENT_STATUS;

    /**
     * The values of a payment and its risk verdict; absent values (a declined payment has no
     * authorisation code) are left out of the map.
     *
     * @param payment the payment whose values are copied
     * @param risk may be null when the payment was not scored
     * @return the present values, keyed by field
     */
    public static Map<CanonicalField, String> valuesOf(Payment payment, FraudIndicator risk) {
        Map<CanonicalField, String> values = new EnumMap<>(CanonicalField.class);
        put(values, TRANSACTION_ID, payment.transactionId());
        put(values, VENDOR_TX_CODE, payment.vendorTxCode());
        put(values, BANK_AUTHORISATION_CODE, payment.bankAuthorisationCode());
        put(values, AVS_CV2_RESULT, payment.avsCv2().overall().name());
        put(values, THREE_D_SECURE_STATUS, payment.threeDSecure().name());
        put(values, CARD_TYPE, payment.cardType());
        put(values, LAST_FOUR_DIGITS, payment.lastFourDigits());
        put(values, PAYMENT_STATUS, payment.status().name());
        if (risk != null) {
            put(values, RISK_SCORE, Integer.toString(risk.score()));
            put(values, RISK_DECISION, risk.decision().name());
        }
        return values;
    }

    private static void put(Map<CanonicalField, String> values, CanonicalField field, String value) {
        if (value != null) {
            values.put(field, value);
        }
    }
}
