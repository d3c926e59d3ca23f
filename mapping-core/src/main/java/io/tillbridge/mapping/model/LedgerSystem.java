package io.tillbridge.mapping.model;

/** The business systems that keep the records a settlement is reconciled against. */
public enum LedgerSystem {
    /** Zoho Inventory. */
    ZOHO_INVENTORY,
    /** KashFlow. */
    KASHFLOW,
    /** SYSPRO, through Harmony. */
    SYSPRO
}
