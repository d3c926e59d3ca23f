/**
 * The settings every client builder shares — timeouts, retries with backoff, the circuit breaker,
 * client-side rate limits and bulkheads — and the listener SPI through which hosts observe attempts,
 * retries and circuit changes for metrics and tracing.
 */
package io.tillbridge.client.http;
