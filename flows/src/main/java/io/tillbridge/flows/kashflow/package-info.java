/**
 * The KashFlow flows: Opayo payments and refunds posted to KashFlow invoices exactly once, the
 * payer's customer kept up to date, and settlement batches posted to the bank account and reconciled.
 */
package io.tillbridge.flows.kashflow;
