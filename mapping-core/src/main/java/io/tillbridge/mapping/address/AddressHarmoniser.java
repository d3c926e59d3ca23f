package io.tillbridge.mapping.address;

import io.tillbridge.mapping.Violations;
import io.tillbridge.mapping.model.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cleans an address into canonical form before it is fitted to a target: whitespace collapsed,
 * empty lines removed, the country resolved to ISO 3166-1 alpha-2, UK postcodes normalised and
 * validated, US states resolved to their two-letter code, codes upper-cased. Free text keeps its
 * case: names such as "McAdam" or "van der Berg" cannot be re-cased safely.
 */
public final class AddressHarmoniser {

    private AddressHarmoniser() {
    }

    /**
     * The cleaned address.
     *
     * @param address the address as a source gave it
     * @param field prefix for violations, for example {@code billingAddress}
     * @return the cleaned address
     * @throws io.tillbridge.mapping.InvalidInputException listing every problem found
     */
    public static Address clean(Address address, String field) {
        Violations violations = new Violations();
        Address cleaned = clean(address, field, violations);
        violations.throwIfAny();
        return cleaned;
    }

    static Address clean(Address address, String field, Violations violations) {
        List<String> lines = new ArrayList<>();
        for (String line : address.lines()) {
            String tidy = tidy(line);
            if (tidy != null) {
                lines.add(tidy);
            }
        }
        String city = tidy(address.city());
        String country = null;
        String rawCountry = tidy(address.country());
        if (rawCountry == null) {
            violations.add(field + ".country", "is missing");
        } else {
            country = Countries.toAlpha2(rawCountry).orElse(null);
            if (country == null) {
                violations.add(field + ".country", "'" + rawCountry + "' is not a recognised country name or ISO 3166-1 code");
            }
        }
        String postalCode = tidy(address.postalCode());
        if (postalCode != null) {
            postalCode = postalCode.toUpperCase(Locale.ROOT);
            if (country != null && UkPostcode.appliesTo(country)) {
                String normalised = UkPostcode.normalise(postalCode).orElse(null);
                if (normalised == null) {
                    violations.add(field + ".postalCode", "'" + postalCode + "' is not a valid UK postcode");
                } else {
                    postalCode = normalised;
                }
            }
        }
        String region = tidy(address.region());
        if ("US".equals(country)) {
            if (region == null) {
                violations.add(field + ".region", "a US address needs its state");
            } else {
                String code = UsStates.toCode(region).orElse(null);
                if (code == null) {
                    violations.add(field + ".region", "'" + region + "' is not a US state or territory");
                } else {
                    region = code;
                }
            }
        }
        return new Address(lines, city, region, postalCode, country);
    }

    /** Street lines, then city and region, for targets that have only free lines. */
    static List<String> freeLines(Address clean) {
        List<String> lines = new ArrayList<>(clean.lines());
        if (clean.city() != null) {
            lines.add(clean.city());
        }
        if (clean.region() != null) {
            lines.add(clean.region());
        }
        return lines;
    }

    private static boolean alreadyTidy(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            // control characters (which trim() strips), doubled spaces and no-break spaces need the slow path
            if (c < ' ' || c == '\u00A0' || c == ' ' && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Trims and collapses internal whitespace; blank becomes null. */
    static String tidy(String text) {
        if (text == null) {
            return null;
        }
        if (alreadyTidy(text)) {
            return text; // the common case: no regex, no copy
        }
        String collapsed = text.replaceAll("[\\s\\u00A0]+", " ").trim();
        return collapsed.isEmpty() ? null : collapsed;
    }
}
