package io.tillbridge.mapping.address;

import io.tillbridge.mapping.Violations;
import io.tillbridge.mapping.model.Address;
import java.util.ArrayList;
import java.util.List;

/**
 * SYSPRO sales-order ship address (reference: syspro.md, SORTOI): ShipAddress1..5 of 40 characters
 * and ShipPostalCode of 15. SYSPRO has no country field here, so the country's name is the last line.
 */
public final class SysproAddressProfile implements AddressProfile<SysproAddressProfile.SysproAddress> {

    static final SysproAddressProfile INSTANCE = new SysproAddressProfile();

    static final int MAX_LINES = 5;
    static final int LINE_WIDTH = 40;
    static final int POSTCODE_WIDTH = 15;

    private SysproAddressProfile() {
    }

    /**
     * An address in SYSPRO's fields.
     *
     * @param lines      ShipAddress1..ShipAddress5, at most five
     * @param postalCode ShipPostalCode; may be null
     */
    public record SysproAddress(List<String> lines, String postalCode) {
        /**
         * Copies the street lines.
         *
         * @param lines      ShipAddress1..ShipAddress5, at most five
         * @param postalCode ShipPostalCode; may be null
         */
        public SysproAddress {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Reads SYSPRO's five free lines back into a canonical address, the reverse of {@link #fit}: a last line
     * that is a country's English name (as {@code fit} writes it) becomes the country; of the lines before
     * it, the last becomes the city when there are two or more (where {@code fit} puts the city); the rest
     * are street lines. Nothing is dropped: a line that is not a country stays a line.
     *
     * @param lines      SYSPRO's address lines, as answered
     * @param postalCode SYSPRO's postal code; may be null or empty
     * @return the address, or null when there are no lines and no postal code
     */
    public static Address read(List<String> lines, String postalCode) {
        List<String> rest = new ArrayList<>();
        for (String line : lines) {
            rest.add(line == null ? "" : line.strip());
        }
        while (!rest.isEmpty() && rest.get(rest.size() - 1).isEmpty()) {
            rest.remove(rest.size() - 1);
        }
        String postal = postalCode == null || postalCode.isBlank() ? null : postalCode.strip();
        if (rest.isEmpty() && postal == null) {
            return null;
        }
        String country = null;
        if (!rest.isEmpty()) {
            String last = rest.get(rest.size() - 1);
            String code = Countries.toAlpha2(last).orElse(null);
            // Only a name written as fit writes it: a two-letter line ("CA", "IN") is more likely a region than a country.
            if (code != null && Countries.englishName(code).equalsIgnoreCase(last)) {
                country = code;
                rest.remove(rest.size() - 1);
            }
        }
        String city = rest.size() >= 2 ? rest.remove(rest.size() - 1) : null;
        return new Address(rest, city, null, postal, country);
    }

    @Override
    public SysproAddress fit(Address address, String field) {
        Violations violations = new Violations();
        Address clean = AddressHarmoniser.clean(address, field, violations);
        List<String> logical = AddressHarmoniser.freeLines(clean);
        if (clean.country() != null) {
            logical.add(Countries.englishName(clean.country()));
        }
        List<String> lines = LineFitter.fit(logical, MAX_LINES, LINE_WIDTH, field + ".shipAddress", violations);
        if (clean.postalCode() != null && clean.postalCode().length() > POSTCODE_WIDTH) {
            violations.add(field + ".shipPostalCode", clean.postalCode().length()
                    + " characters; SYSPRO allows " + POSTCODE_WIDTH);
        }
        violations.throwIfAny();
        return new SysproAddress(lines, clean.postalCode());
    }
}
