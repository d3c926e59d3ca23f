package io.tillbridge.mapping.model;

/** The outcome of 3-D Secure authentication for a payment. */
public enum ThreeDSecureResult {
    AUTHENTICATED, NOT_CHECKED, NOT_AUTHENTICATED, ERROR, CARD_NOT_ENROLLED, ISSUER_NOT_ENROLLED,
    MALFORMED_OR_INVALID, ATTEMPT_ONLY, INCOMPLETE, UNKNOWN;

    /**
     * Reads Pi {@code 3DSecure.status} values ({@code Authenticated}, {@code CardNotEnrolled}, …) and
     * classic {@code 3DSecureStatus} values ({@code OK}, {@code NOTAVAILABLE}, {@code NOAUTH},
     * {@code CANTAUTH}, …). The classic NOAUTH ("card not in the scheme") and CANTAUTH ("issuer
     * could not authenticate") are read as card and issuer not enrolled.
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
