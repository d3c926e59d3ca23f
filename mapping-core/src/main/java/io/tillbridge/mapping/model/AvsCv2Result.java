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

    public AvsCv2Result {
        overall = overall == null ? Overall.UNKNOWN : overall;
        address = address == null ? Check.UNKNOWN : address;
        postalCode = postalCode == null ? Check.UNKNOWN : postalCode;
        securityCode = securityCode == null ? Check.UNKNOWN : securityCode;
    }

    /** The combined AVS/CV2 verdict. */
    public enum Overall {
        ALL_MATCHED, SECURITY_CODE_MATCH_ONLY, ADDRESS_MATCH_ONLY, NO_MATCHES, NOT_CHECKED, UNKNOWN;

        /** Reads Pi ({@code AllMatched}) and classic ({@code ALLMATCH}, {@code SECURITY CODE MATCH ONLY}) spellings. */
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
        MATCHED, NOT_MATCHED, NOT_PROVIDED, NOT_CHECKED, UNKNOWN;

        /** Reads Pi ({@code NotMatched}) and classic ({@code NOTMATCHED}) spellings. */
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
