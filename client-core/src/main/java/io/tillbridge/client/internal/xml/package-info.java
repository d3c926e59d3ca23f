/**
 * NOT API. Plumbing shared by Tillbridge's own client modules: the hardened XML parser set-up. May
 * change or vanish in any release without notice; a host application never needs it (docs/clients.md).
 */
package io.tillbridge.client.internal.xml;
