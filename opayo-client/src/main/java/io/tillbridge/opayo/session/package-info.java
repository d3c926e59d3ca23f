/**
 * Merchant session keys, which the shopper's browser needs to tokenise a card, and the server-side
 * tokeniser for test cards in the sandbox and emulators.
 */
package io.tillbridge.opayo.session;
