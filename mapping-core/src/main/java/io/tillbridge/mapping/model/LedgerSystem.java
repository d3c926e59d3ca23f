package io.tillbridge.mapping.model;

/** The business systems that keep the records a settlement is reconciled against. */
public enum LedgerSystem {
    ZOHO_INVENTORY, KASHFLOW, SYSPRO
}
