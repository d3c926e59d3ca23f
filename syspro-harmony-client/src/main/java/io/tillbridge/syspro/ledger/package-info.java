/**
 * General-ledger journals (GENTJL), checked to balance before they are sent and keyed by their
 * reference.
 */
package io.tillbridge.syspro.ledger;
