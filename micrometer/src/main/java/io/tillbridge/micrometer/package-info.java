/**
 * Micrometer meters for Tillbridge, in a module of its own so that hosts without Micrometer carry none of
 * it: {@link io.tillbridge.micrometer.ClientMetrics} (a client listener: requests, latency, retries,
 * circuit state and rate-limit waits per downstream), {@link io.tillbridge.micrometer.FlowMetrics}
 * (business outcomes per flow) and {@link io.tillbridge.micrometer.DeadLetterBacklog} (the open
 * dead letters of a flow store). Tags are bounded: systems, operations, outcomes and states — never an
 * order, transaction or customer id.
 */
package io.tillbridge.micrometer;
