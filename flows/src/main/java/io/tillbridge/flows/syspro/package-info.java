/**
 * The SYSPRO flows: paid web orders imported and their payments posted to AR, refunds and chargebacks
 * credited, payers kept as customers, recurring billing with dunning, and settlement batches posted
 * as GL journals and reconciled — each effect exactly once, through the effect engine.
 */
package io.tillbridge.flows.syspro;
