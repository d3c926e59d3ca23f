/**
 * Refunds: a Zoho credit note is refunded through Opayo against the payment of the order it credits,
 * after the refund check (never more than was captured less earlier refunds), and the refund is recorded in
 * Zoho, and the credited items go back into stock. An over-refund is dead-lettered for a person. Each
 * step is marked before it is sent and looked up before it is sent again.
 */
package io.tillbridge.flows.refund;
