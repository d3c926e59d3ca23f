/**
 * Exact-match lookups the flows use to find out whether a target already holds what an effect would
 * create — by a key that names one record, never a guess — including Opayo transactions by
 * vendorTxCode.
 */
package io.tillbridge.flows.lookup;
