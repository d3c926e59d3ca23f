package io.tillbridge.opayo;

import io.tillbridge.client.ApiException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Opayo refused a request. Carries every error it gave; {@link #kind()} names the cases callers
 * act on (reference: opayo.md §1.8).
 */
public class OpayoApiException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** The errors callers handle specially. */
    public enum Kind {
        /** 1006, 1011: the merchant session key or card identifier is invalid or expired; get a new one. */
        SESSION_KEY_OR_CARD_IDENTIFIER_INVALID,
        /** 1012: no such transaction. */
        TRANSACTION_NOT_FOUND,
        /** 1018: the refund is larger than what is left of the original. */
        REFUND_EXCEEDS_ORIGINAL,
        /** 1021: the release is larger than the deferred amount. */
        RELEASE_EXCEEDS_ORIGINAL,
        /** Anything else. */
        OTHER
    }

    private final transient List<OpayoError> errors;
    /** The case callers act on. */
    private final Kind kind;

    /**
     * Creates the exception from the errors in Opayo's answer.
     *
     * @param status    the HTTP status
     * @param errors    the errors Opayo gave; may be empty
     * @param requestId the request id, or null
     */
    public OpayoApiException(int status, List<OpayoError> errors, String requestId) {
        super("Opayo", status, errors.stream().map(OpayoError::code).filter(c -> c != null).toList(),
                errors.isEmpty() ? "no error details" : errors.stream().map(OpayoError::toString).collect(Collectors.joining("; ")),
                requestId);
        this.errors = List.copyOf(errors);
        this.kind = kindOf(errors);
    }

    /**
     * Every error Opayo gave, in its order.
     *
     * @return the errors
     */
    public List<OpayoError> errors() {
        return errors;
    }

    /**
     * The case callers act on, or {@link Kind#OTHER}.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    private static Kind kindOf(List<OpayoError> errors) {
        for (OpayoError error : errors) {
            String code = error.code() == null ? "" : error.code();
            switch (code) {
                case "1006", "1011":
                    return Kind.SESSION_KEY_OR_CARD_IDENTIFIER_INVALID;
                case "1012":
                    return Kind.TRANSACTION_NOT_FOUND;
                case "1018":
                    return Kind.REFUND_EXCEEDS_ORIGINAL;
                case "1021":
                    return Kind.RELEASE_EXCEEDS_ORIGINAL;
                default:
                    break;
            }
        }
        return Kind.OTHER;
    }
}
