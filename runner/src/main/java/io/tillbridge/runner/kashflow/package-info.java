/**
 * The Opayo → KashFlow flows as runner work: {@link io.tillbridge.runner.kashflow.KashFlowWork} turns a
 * scheduled VPSTxId (from a verified Server notification or a Reporting poll) into a run of the payment or
 * refund flow.
 */
package io.tillbridge.runner.kashflow;
