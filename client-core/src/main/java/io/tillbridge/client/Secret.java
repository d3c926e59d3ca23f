package io.tillbridge.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A credential: integration key, password, OAuth token, session id. Its {@link #toString()} never
 * shows the value, so a secret that ends up in a log line, exception message or a record's
 * {@code toString()} is shown as {@code ***}. Only {@link #reveal()} gives the value, at the point
 * it goes on the wire.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a credential; blank values are refused because they are always a configuration mistake.
     *
     * @param value the credential
     * @return the secret
     */
    public static Secret of(String value) {
        // Typically System.getenv(...) of a variable that is not set: a configuration error, named as such.
        if (value == null) {
            throw new ValidationException("secret", "is not set");
        }
        if (value.isBlank()) {
            throw new ValidationException("secret", "must not be blank");
        }
        return new Secret(value);
    }

    /**
     * The value, for the one place that sends it.
     *
     * @return the credential in clear
     */
    public String reveal() {
        return value;
    }

    /**
     * Constant-time comparison with a presented value.
     *
     * @param presented the value to compare
     * @return true when it equals the secret
     */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && matches(secret.value);
    }

    @Override
    public int hashCode() {
        return 0; // deliberately uninformative
    }

    @Override
    public String toString() {
        return "***";
    }
}
