/**
 * Order to cash: a confirmed Zoho sales order is checked and scored, charged through Opayo under a
 * deterministic vendorTxCode, invoiced and its payment recorded in Zoho. An ambiguous payment is resolved by
 * looking the vendorTxCode up in Opayo, never by charging again; what cannot be finished is dead-lettered
 * for a person. Card capture and 3-D Secure are the host's, through
 * {@link io.tillbridge.flows.ordertocash.CardSource} and {@link io.tillbridge.flows.ordertocash.ChallengeHandler}.
 */
package io.tillbridge.flows.ordertocash;
