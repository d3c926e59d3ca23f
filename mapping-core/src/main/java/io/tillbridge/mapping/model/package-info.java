/**
 * The canonical model every system is translated to and from: sales orders and their lines, customers,
 * items, invoices, credit notes, payments, refunds, settlement batches, ledger records and journals. Records
 * check their own invariants (a journal cannot be unbalanced), and unknown values stay
 * {@code UNKNOWN} — never a guessed success.
 */
package io.tillbridge.mapping.model;
