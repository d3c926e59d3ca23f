package io.tillbridge.mapping.posting;

/** What a gateway transaction becomes in SYSPRO (business objects from syspro.md). */
public enum SysproIntent {
    /** Post an AR payment against the invoice (ARSTPY). */
    AR_PAYMENT,
    /** Reverse an AR payment with an adjustment (ARSTPY Adjustments): the money never moved. */
    AR_ADJUSTMENT,
    /** Raise a credit note (SORTCH, or ARSTIN for AR-only credits). */
    CREDIT_NOTE,
    /** Post a GL journal (GENTJL). */
    GL_JOURNAL,
    /** Nothing to post: no money has moved. */
    NONE
}
