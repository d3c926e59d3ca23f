/**
 * Checks on the endpoint URLs a host configures: well formed, and https unless the endpoint is on this
 * machine or plain http was allowed for tests. For Tillbridge's client modules; NOT API for hosts, which
 * meet these rules through each client's environment and builder.
 */
package io.tillbridge.client.endpoint;
