package io.tillbridge.opayo.session;

import io.tillbridge.client.Secret;
import java.time.OffsetDateTime;

/**
 * A merchant session key: lets a browser (or the sandbox tokeniser) create one card identifier.
 * Expires after 400 seconds and after three failed attempts (reference: opayo.md §1.3).
 *
 * @param key    the key, a credential
 * @param expiry when Opayo says it expires
 */
public record MerchantSessionKey(Secret key, OffsetDateTime expiry) {
}
