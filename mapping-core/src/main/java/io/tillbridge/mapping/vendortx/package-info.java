/**
 * Deterministic Opayo vendorTxCodes: the idempotency key of a payment is derived from the document it
 * pays and the attempt number, so the same order and attempt always give the same code — which is what lets
 * an ambiguous payment be looked up instead of charged again — and a code can be parsed back into its parts.
 */
package io.tillbridge.mapping.vendortx;
