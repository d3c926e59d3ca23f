package io.tillbridge.kashflow.customers;

import io.tillbridge.client.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A KashFlow customer address: four free lines, a postcode and a country (reference: kashflow.md §4,
 * {@code Address1..4}, {@code Postcode}, {@code CountryCode}, {@code CountryName}). Country codes are
 * ISO 3166-1 alpha-2 except Greece, which KashFlow writes {@code EL} (its EU VAT prefix); {@code GR}
 * is refused rather than rewritten, because the client keeps codes as given — mapping-core's KashFlow
 * address profile does the conversion. Nothing is truncated or wrapped here.
 *
 * @param lines       one to four lines
 * @param postcode    may be null
 * @param countryCode KashFlow's code, may be null
 * @param countryName may be null
 * @param other       address fields KashFlow sent that are not named here (for example a fifth line), by
 *                    wire name; never written back by this client
 */
public record CustomerAddress(List<String> lines, String postcode, String countryCode, String countryName,
                              Map<String, String> other) {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    /**
     * Copies the lines.
     *
     * @param lines       one to four lines
     * @param postcode    may be null
     * @param countryCode KashFlow's code, may be null
     * @param countryName may be null
     * @param other       address fields not named here; null for none
     */
    public CustomerAddress {
        lines = lines == null ? List.of() : List.copyOf(lines);
        other = other == null ? Map.of() : Map.copyOf(other);
    }

    /**
     * An address with no other fields, as before the catch-all existed.
     *
     * @param lines       one to four lines
     * @param postcode    may be null
     * @param countryCode KashFlow's code, may be null
     * @param countryName may be null
     */
    public CustomerAddress(List<String> lines, String postcode, String countryCode, String countryName) {
        this(lines, postcode, countryCode, countryName, Map.of());
    }

    /**
     * An address from its parts.
     *
     * @param countryCode the ISO country code; may be null
     * @param postcode    the postcode; may be null
     * @param lines       the street lines, first to last
     * @return the address
     */
    public static CustomerAddress of(String countryCode, String postcode, String... lines) {
        return new CustomerAddress(List.of(lines), postcode, countryCode, null);
    }

    /** Every problem with this address, each naming its field below {@code prefix}. */
    List<ValidationException.FieldError> problems(String prefix) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            errors.add(new ValidationException.FieldError(prefix + ".lines", "at least one address line is required"));
        }
        if (lines.size() > 4) {
            errors.add(new ValidationException.FieldError(prefix + ".lines", "KashFlow has four address lines; got " + lines.size()));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null || lines.get(i).isBlank()) {
                errors.add(new ValidationException.FieldError(prefix + ".lines[" + i + "]", "must not be blank"));
            }
        }
        if (countryCode != null) {
            if (countryCode.equals("GR")) {
                errors.add(new ValidationException.FieldError(prefix + ".countryCode", "KashFlow writes Greece as EL, not GR"));
            } else if (!countryCode.equals("EL") && !ISO.contains(countryCode)) {
                errors.add(new ValidationException.FieldError(prefix + ".countryCode",
                        "'" + countryCode + "' is not an ISO 3166-1 alpha-2 code (upper case; Greece is EL)"));
            }
        }
        return errors;
    }
}
