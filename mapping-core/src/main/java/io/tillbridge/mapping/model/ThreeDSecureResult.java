package io.tillbridge.mapping.model;

/** The outcome of 3-D Secure authentication for a payment. */
public enum ThreeDSecureResult {
    /** The cardholder was authenticated. */
    AUTHENTICATED,
    /** 3-D Secure was not run. */
    NOT_CHECKED,
    /** The cardholder failed authentication. */
    NOT_AUTHENTICATED,
    /** Authentication failed with an error. */
    ERROR,
    /** The card is not in a 3-D Secure scheme. */
    CARD_NOT_ENROLLED,
    /** The issuer does not take part in 3-D Secure. */
    ISSUER_NOT_ENROLLED,
    /** The authentication request was malformed or invalid. */
    MALFORMED_OR_INVALID,
    /** Only an authentication attempt was recorded; the cardholder was not fully authenticated. */
    ATTEMPT_ONLY,
    /** Authentication started and did not finish. */
    INCOMPLETE,
    /** A value Tillbridge does not recognise, or none at all. */
    UNKNOWN;

    /**
     * Reads Pi {@code 3DSecure.status} values ({@code Authenticated}, {@code CardNotEnrolled}, …) and
     * classic {@code 3DSecureStatus} values ({@code OK}, {@code NOTAVAILABLE}, {@code NOAUTH},
     * {@code CANTAUTH}, …). The classic NOAUTH ("card not in the scheme") and CANTAUTH ("issuer
     * could not authenticate") are read as card and issuer not enrolled.
     *
     * @param value Opayo's value; may be null
     * @return the outcome, {@code UNKNOWN} for a value not recognised
     */
    public static ThreeDSecureResult fromOpayo(String value) {
        return switch (AvsCv2Result.squash(value)) {
            case "AUTHENTICATED", "OK" -> AUTHENTICATED;
            case "NOTCHECKED", "NOTAVAILABLE" -> NOT_CHECKED;
            case "NOTAUTHENTICATED", "NOTAUTHED" -> NOT_AUTHENTICATED;
            case "ERROR" -> ERROR;
            case "CARDNOTENROLLED", "NOAUTH" -> CARD_NOT_ENROLLED;
            case "ISSUERNOTENROLLED", "CANTAUTH" -> ISSUER_NOT_ENROLLED;
            case "MALFORMEDORINVALID", "MALFORMED", "INVALID" -> MALFORMED_OR_INVALID;
            case "ATTEMPTONLY" -> ATTEMPT_ONLY;
            case "INCOMPLETE" -> INCOMPLETE;
            default -> UNKNOWN;
        };
    }
}
