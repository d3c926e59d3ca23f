/**
 * Zoho OAuth access tokens: the refresh-token grant that keeps a token fresh, or tokens the host
 * supplies itself.
 */
package io.tillbridge.zoho.auth;
