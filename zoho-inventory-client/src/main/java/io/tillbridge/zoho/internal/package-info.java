/**
 * NOT API. The Zoho client's plumbing — the connection every service sends through, and Zoho's JSON
 * set-up. May change in any release; a host uses {@code ZohoInventoryClient} and its services
 * (docs/clients.md).
 */
package io.tillbridge.zoho.internal;
