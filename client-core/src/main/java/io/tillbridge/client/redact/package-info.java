/**
 * Masking of credentials, card numbers and sensitive fields in everything a client logs or puts in an
 * exception message.
 */
package io.tillbridge.client.redact;
