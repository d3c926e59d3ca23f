package io.tillbridge.mapping.reconcile;

/** Which key paired two records, in the order they are tried. */
public enum MatchedBy {
    TRANSACTION_ID, VENDOR_TX_CODE, AMOUNT_AND_DATE
}
