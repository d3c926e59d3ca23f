package io.tillbridge.mapping.model;

/** What to do with an order given its risk score. */
public enum RiskDecision {
    /** Charge and fulfil as usual. */
    PASS,
    /** Charge, but a person looks before fulfilment. */
    REVIEW,
    /** Do not charge until a person releases it. */
    HOLD
}
