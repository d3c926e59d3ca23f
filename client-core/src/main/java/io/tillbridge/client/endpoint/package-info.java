/**
 * Checks on the endpoint URLs a host configures: well formed, and https unless the endpoint is on this
 * machine or plain http was allowed for tests.
 */
package io.tillbridge.client.endpoint;
