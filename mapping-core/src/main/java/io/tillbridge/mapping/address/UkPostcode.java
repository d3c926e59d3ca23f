package io.tillbridge.mapping.address;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK postcodes (also used by Guernsey, Jersey and the Isle of Man): normalised to upper case with
 * one space before the three-character inward code, and validated against the Royal Mail format.
 */
public final class UkPostcode {

    // Outward code: A9, A99, AA9, AA99, A9A, AA9A; inward code: 9AA. Letters excluded where Royal Mail excludes them.
    private static final Pattern FORMAT = Pattern.compile(
            "GIR 0AA|[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2}");

    private UkPostcode() {
    }

    /**
     * The normalised postcode ("sw1a1aa" → "SW1A 1AA"), or empty when it is not a valid UK postcode.
     *
     * @param raw the postcode as given
     * @return the normalised postcode, or empty
     */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return FORMAT.matcher(spaced).matches() ? Optional.of(spaced) : Optional.empty();
    }

    /** True for the countries whose postcodes follow the UK format. */
    static boolean appliesTo(String alpha2) {
        return "GB".equals(alpha2) || "GG".equals(alpha2) || "JE".equals(alpha2) || "IM".equals(alpha2);
    }
}
