package io.tillbridge.mapping.reconcile;

/** The two sides of a reconciliation. */
public enum Side {
    /** What the gateway settled (Opayo batches). */
    SETTLEMENT,
    /** What a business system recorded (Zoho Inventory, KashFlow, SYSPRO). */
    LEDGER
}
