/**
 * Sales orders: SORTOI imports keyed by CustomerPoNumber, SORQRY reads, and SORTCH/SORTCI credit notes.
 */
package io.tillbridge.syspro.orders;
