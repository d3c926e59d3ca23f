/**
 * Settlement reconciliation: what the gateway settled against what the books record, matched by
 * transaction id, then vendorTxCode, then optionally by amount within a date window. Every unmatched,
 * mismatched or duplicated record becomes a {@link io.tillbridge.mapping.reconcile.Discrepancy} for a person;
 * the report gives net totals and differences per currency. Built to stream a million lines a side in a
 * small heap.
 */
package io.tillbridge.mapping.reconcile;
