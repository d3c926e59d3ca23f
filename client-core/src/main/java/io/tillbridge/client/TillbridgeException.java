package io.tillbridge.client;

/**
 * Root of every failure a Tillbridge client raises. Unchecked. Business outcomes (a declined card)
 * are results, not exceptions; what lands here is something the caller did not ask for.
 * Messages never carry credentials, tokens, card numbers or session ids.
 */
public abstract class TillbridgeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected TillbridgeException(String message) {
        super(message);
    }

    protected TillbridgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
