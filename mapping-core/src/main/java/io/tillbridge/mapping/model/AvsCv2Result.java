package io.tillbridge.mapping.model;

import java.util.Locale;

/**
 * The address and security-code checks of a card payment, in Opayo's terms.
 *
 * @param overall      the combined verdict
 * @param address      first address line check
 * @param postalCode   postcode check
 * @param securityCode CV2/CVC check
 */
public record AvsCv2Result(Overall overall, Check address, Check postalCode, Check securityCode) {

    /** Nothing was checked. */
    public static final AvsCv2Result NOT_CHECKED =
            new AvsCv2Result(Overall.NOT_CHECKED, Check.NOT_CHECKED, Check.NOT_CHECKED, Check.NOT_CHECKED);

    /**
     * Reads a missing verdict as {@code UNKNOWN}, so that a gateway that leaves a check out is not taken for a
     * failed check.
     *
     * @param overall      the combined verdict
     * @param address      first address line check
     * @param postalCode   postcode check
     * @param securityCode CV2/CVC check
     */
    public AvsCv2Result {
        overall = overall == null ? Overall.UNKNOWN : overall;
        address = address == null ? Check.UNKNOWN : address;
        postalCode = postalCode == null ? Check.UNKNOWN : postalCode;
        securityCode = securityCode == null ? Check.UNKNOWN : securityCode;
    }

    /** The combined AVS/CV2 verdict. */
    public enum Overall {
        /** Address, postcode and security code all matched. */
        ALL_MATCHED,
        /** Only the security code matched. */
        SECURITY_CODE_MATCH_ONLY,
        /** Only the address data matched. */
        ADDRESS_MATCH_ONLY,
        /** Nothing matched. */
        NO_MATCHES,
        /** Nothing was checked. */
        NOT_CHECKED,
        /** A value Tillbridge does not recognise, or none at all. */
        UNKNOWN;

        /**
         * Reads Pi ({@code AllMatched}) and classic ({@code ALLMATCH}, {@code SECURITY CODE MATCH ONLY})
         * spellings.
         *
         * @param value Opayo's spelling of the verdict; may be null
         * @return the verdict, {@code UNKNOWN} for a value not recognised
         */
        public static Overall fromOpayo(String value) {
            return switch (squash(value)) {
                case "ALLMATCHED", "ALLMATCH" -> ALL_MATCHED;
                case "SECURITYCODEMATCHONLY" -> SECURITY_CODE_MATCH_ONLY;
                case "ADDRESSMATCHONLY" -> ADDRESS_MATCH_ONLY;
                case "NOMATCHES", "NODATAMATCHES" -> NO_MATCHES;
                case "NOTCHECKED", "DATANOTCHECKED" -> NOT_CHECKED;
                default -> UNKNOWN;
            };
        }
    }

    /** One check's verdict. */
    public enum Check {
        /** The data the customer gave matched the issuer's records. */
        MATCHED,
        /** The data did not match. */
        NOT_MATCHED,
        /** The customer gave no data to check. */
        NOT_PROVIDED,
        /** The issuer or gateway did not check. */
        NOT_CHECKED,
        /** A value Tillbridge does not recognise, or none at all. */
        UNKNOWN;

        /**
         * Reads Pi ({@code NotMatched}) and classic ({@code NOTMATCHED}) spellings.
         *
         * @param value Opayo's spelling of one check; may be null
         * @return the check, {@code UNKNOWN} for a value not recognised
         */
        public static Check fromOpayo(String value) {
            return switch (squash(value)) {
                case "MATCHED" -> MATCHED;
                case "NOTMATCHED" -> NOT_MATCHED;
                case "NOTPROVIDED" -> NOT_PROVIDED;
                case "NOTCHECKED" -> NOT_CHECKED;
                default -> UNKNOWN;
            };
        }
    }

    static String squash(String value) {
        return value == null ? "" : value.replaceAll("[\\s_]", "").toUpperCase(Locale.ROOT);
    }
}
