/**
 * NOT API. Plumbing shared by Tillbridge's own client modules (the HTTP transport, JSON setup, lazy
 * paging, request validation). Anything under {@code io.tillbridge.*.internal} may change or vanish in
 * any release without notice; a host application never needs it (docs/clients.md).
 */
package io.tillbridge.client.internal.paging;
