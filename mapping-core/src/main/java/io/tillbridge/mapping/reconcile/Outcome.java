package io.tillbridge.mapping.reconcile;

/** What reconciliation concluded about a settlement line or ledger record. Each ends in exactly one. */
public enum Outcome {
    /** Paired with a record on the other side, same currency and amount. */
    MATCHED,
    /** Paired by transaction id or vendorTxCode, but the amounts differ. */
    AMOUNT_MISMATCH,
    /** Paired by transaction id or vendorTxCode, but the currencies differ. */
    CURRENCY_MISMATCH,
    /** A settlement line no ledger record accounts for: money moved that the books do not show. */
    MISSING_IN_LEDGER,
    /** A ledger record no settlement line accounts for: the books show money that did not move. */
    MISSING_IN_SETTLEMENT,
    /** A second record for a transaction already seen on the same side. */
    DUPLICATE
}
