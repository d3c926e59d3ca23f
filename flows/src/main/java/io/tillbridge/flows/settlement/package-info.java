/**
 * Settlement: the day's Opayo settlement batches, from the Reporting API, reconciled against the payments
 * and refunds Zoho Inventory records, giving the discrepancies a person must look at.
 */
package io.tillbridge.flows.settlement;
