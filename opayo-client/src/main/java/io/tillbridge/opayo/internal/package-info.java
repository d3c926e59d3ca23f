/**
 * NOT API. The Opayo client's plumbing, shared by its services. May change in any release; a host
 * uses {@code OpayoClient} and its services (docs/clients.md).
 */
package io.tillbridge.opayo.internal;
