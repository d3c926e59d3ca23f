/**
 * Offline emulators of the APIs Tillbridge joins, for tests: each is an embedded WireMock server on a
 * loopback port that keeps the API's state, written from the published API facts and never from Tillbridge's
 * clients, so that it catches their mistakes rather than repeating them. {@link io.tillbridge.sandbox.Faults}
 * injects latency, errors, outages and connection resets after a request was processed;
 * {@link io.tillbridge.sandbox.SandboxValues} holds every credential and magic value the emulators accept;
 * {@link io.tillbridge.sandbox.SandboxDay} seeds a ready-made day of orders.
 */
package io.tillbridge.sandbox;
