/**
 * Payments against KashFlow invoices: recorded at most once per reference, looked up by reference,
 * listed, deleted, and paid in bulk.
 */
package io.tillbridge.kashflow.payments;
