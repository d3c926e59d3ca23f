package io.tillbridge.kashflow;

/**
 * KashFlow answered, but the answer could not be read: malformed or HTML where JSON or XML was due,
 * oversized, a SOAP answer without its {@code <Method>Response} or with an unknown {@code Status},
 * or JSON of an unexpected shape. Under a 2xx status the call may have taken effect, so a write
 * that gets one is resolved by reading KashFlow back, as after a 5xx, never taken as a refusal.
 */
public class UnreadableAnswerException extends KashFlowApiException {

    private static final long serialVersionUID = 1L;

    /** The field that could not be read, by its wire name; null when the whole answer could not. */
    private final String field;

    /**
     * Creates the exception for an answer that could not be read as a whole.
     *
     * @param status    the HTTP status of the answer
     * @param message   what could not be read (no server text beyond a redacted excerpt)
     * @param requestId the request id, or null
     */
    public UnreadableAnswerException(int status, String message, String requestId) {
        this(status, null, message, requestId);
    }

    /**
     * Creates the exception for one field of an answer that could not be read.
     *
     * @param status    the HTTP status of the answer
     * @param field     the field, by its wire name (for example {@code Currency.Code}); may be null
     * @param message   what could not be read
     * @param requestId the request id, or null
     */
    public UnreadableAnswerException(int status, String field, String message, String requestId) {
        super(status, null, field == null ? message : field + ": " + message, requestId);
        this.field = field;
    }

    /**
     * The field that could not be read, by its wire name.
     *
     * @return the field, or empty when the whole answer could not be read
     */
    public java.util.Optional<String> field() {
        return java.util.Optional.ofNullable(field);
    }

    /**
     * Whether a write that failed so may have been carried out, and must be resolved by reading
     * KashFlow back: a transport failure after the request may have arrived (reset, timeout), a 5xx,
     * or an unreadable 2xx. A failure before sending, a 4xx, or a readable refusal such as SOAP
     * {@code Status NO} is definite.
     *
     * @param failure the failure of a write
     * @return true when KashFlow must be read back before the write is called done or failed
     */
    public static boolean mayHaveTakenEffect(RuntimeException failure) {
        if (failure instanceof io.tillbridge.client.TransportException transport) {
            return transport.outcomeUnknown();
        }
        if (failure instanceof KashFlowApiException api) {
            return api.status() >= 500 || api instanceof UnreadableAnswerException && api.status() >= 200 && api.status() < 300;
        }
        return false;
    }
}
