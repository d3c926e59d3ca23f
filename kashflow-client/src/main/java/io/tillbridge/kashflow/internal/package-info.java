/**
 * NOT API: the KashFlow client's plumbing — the REST connection and its session, the SOAP
 * connection, JSON set-up and error reading. Public only because the client's concept packages use
 * it; hosts use {@link io.tillbridge.kashflow.KashFlowClient} and the services it returns, and this
 * package may change in any release.
 */
package io.tillbridge.kashflow.internal;
