/**
 * Incoming webhooks and notifications, independent of any web framework: the host's web layer hands each
 * delivery to {@link io.tillbridge.runner.ingest.EventIngress} as an
 * {@link io.tillbridge.runner.ingest.InboundEvent}, a source's {@link io.tillbridge.runner.ingest.EventDecoder}
 * verifies it before reading it, a delivery id seen before (on any instance) is acknowledged without
 * scheduling again, and the work is scheduled on the runner. Sources for Zoho Inventory webhooks and
 * Opayo Server notifications are included.
 */
package io.tillbridge.runner.ingest;
