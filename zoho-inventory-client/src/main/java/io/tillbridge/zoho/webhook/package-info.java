/**
 * Zoho Inventory webhooks: proving that a request came from Zoho (an HMAC signature or a shared
 * secret in a header or query parameter) and reading the record it carries.
 */
package io.tillbridge.zoho.webhook;
