/**
 * Opayo Form's crypt field: encrypting the fields the shopper's browser posts and decrypting the crypt
 * returned to the success and failure URLs.
 */
package io.tillbridge.opayo.form;
