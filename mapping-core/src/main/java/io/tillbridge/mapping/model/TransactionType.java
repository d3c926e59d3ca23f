package io.tillbridge.mapping.model;

import java.util.Locale;

/**
 * The canonical kind of a payment-gateway transaction or instruction. Names follow Opayo, whose
 * vocabulary the other systems are mapped from.
 */
public enum TransactionType {
    /** Authorise and capture in one step. */
    PAYMENT,
    /** Authorise and hold funds for up to 30 days; captured by {@link #RELEASE}. */
    DEFERRED,
    /** Authenticate (3-D Secure) without authorising. */
    AUTHENTICATE,
    /** Authorise a previously authenticated transaction. */
    AUTHORISE,
    /** Capture a deferred transaction (an instruction). */
    RELEASE,
    /** Charge again against an earlier transaction's card (merchant initiated). */
    REPEAT,
    /** Return money for an earlier transaction. */
    REFUND,
    /** Cancel a successful transaction before settlement (an instruction). */
    VOID,
    /** Cancel a deferred transaction without charging (an instruction). */
    ABORT,
    /** Cancel an authenticated transaction (an instruction). */
    CANCEL,
    /** Money taken back by the card issuer; reported by the acquirer, not created through the API. */
    CHARGEBACK,
    /** Not recognised; mapping rules refuse it. */
    UNKNOWN;

    /**
     * Reads Opayo's names: Pi {@code transactionType} values ({@code Payment}, {@code Deferred}, …),
     * instruction types ({@code void}, {@code release}, …) and Reporting API names
     * ({@code RepeatDeferred}, {@code PreAuth}, {@code Manual}). Unrecognised names give {@link #UNKNOWN}.
     *
     * @param name Opayo's name for the type; may be null
     * @return the type, {@code UNKNOWN} for a name not recognised
     */
    public static TransactionType fromOpayo(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "PAYMENT", "MANUAL" -> PAYMENT;
            case "DEFERRED", "REPEATDEFERRED", "PREAUTH" -> DEFERRED;
            case "AUTHENTICATE" -> AUTHENTICATE;
            case "AUTHORISE", "AUTHORIZE" -> AUTHORISE;
            case "RELEASE" -> RELEASE;
            case "REPEAT" -> REPEAT;
            case "REFUND" -> REFUND;
            case "VOID" -> VOID;
            case "ABORT" -> ABORT;
            case "CANCEL" -> CANCEL;
            case "CHARGEBACK" -> CHARGEBACK;
            default -> UNKNOWN;
        };
    }

    /**
     * True for the types that move money from the customer to the merchant.
     *
     * @return true for a capture
     */
    public boolean isCapture() {
        return this == PAYMENT || this == REPEAT || this == AUTHORISE || this == RELEASE;
    }
}
