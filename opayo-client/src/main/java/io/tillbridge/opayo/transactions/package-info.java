/**
 * Opayo Pi transactions: payments, deferred and authenticate-only payments, repeats, refunds and the
 * instructions on earlier transactions (release, void, abort, cancel), with 3-D Secure completion and
 * the lookup that resolves a payment whose outcome was lost in transit.
 */
package io.tillbridge.opayo.transactions;
