package io.tillbridge.mapping.reconcile;

/** Which key paired two records, in the order they are tried. */
public enum MatchedBy {
    /** Opayo's transaction id was found on both sides. */
    TRANSACTION_ID,
    /** The merchant's vendorTxCode was found on both sides. */
    VENDOR_TX_CODE,
    /** Neither id matched; currency, amount and a nearby date did (a guess, reported as such). */
    AMOUNT_AND_DATE
}
