package io.tillbridge;

/**
 * Root of every failure Tillbridge raises on purpose — the mapping rules' {@code MappingException}s
 * and the clients' {@code ValidationException}, {@code ApiException}, {@code TransportException} and
 * their kinds — so a host can catch everything Tillbridge throws in one place. Unchecked. Business
 * outcomes (a declined card) are results, not exceptions; what lands here is something the caller did
 * not ask for. Messages never carry credentials, tokens, card numbers or session ids.
 *
 * <p>It lives in a module of its own, with no dependencies, so that mapping-core and client-core can
 * share it while neither depends on the other (docs/clients.md §8).
 */
public abstract class TillbridgeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message for the host's logs.
     *
     * @param message what went wrong, naming the field or record; never a credential or card number
     */
    protected TillbridgeException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the failure that caused it.
     *
     * @param message what went wrong, naming the field or record; never a credential or card number
     * @param cause the lower-level failure (an I/O error, a parse error), kept for the stack trace
     */
    protected TillbridgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
