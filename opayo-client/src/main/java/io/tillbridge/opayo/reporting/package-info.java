/**
 * Opayo's Reporting &amp; Admin API: transaction detail by vendorTxCode, fraud screening, settlement
 * batches and their transactions, fetched lazily page by page.
 */
package io.tillbridge.opayo.reporting;
