/**
 * KashFlow nominal codes and journals, through which refunds and chargebacks are posted.
 */
package io.tillbridge.kashflow.ledger;
