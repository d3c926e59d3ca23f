package io.tillbridge.mapping.address;

import io.tillbridge.mapping.Violations;
import io.tillbridge.mapping.model.Address;
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
