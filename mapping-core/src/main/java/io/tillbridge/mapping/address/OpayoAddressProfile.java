package io.tillbridge.mapping.address;

import io.tillbridge.mapping.Violations;
import io.tillbridge.mapping.model.Address;
import java.util.ArrayList;
import java.util.List;

/** Opayo Pi address limits (reference: opayo.md §1.5). */
public final class OpayoAddressProfile implements AddressProfile<OpayoAddressProfile.OpayoAddress> {

    static final OpayoAddressProfile INSTANCE = new OpayoAddressProfile();

    static final int LINE_WIDTH = 50;
    static final int CITY_WIDTH = 40;
    static final int POSTCODE_WIDTH = 10;

    private OpayoAddressProfile() {
    }

    /**
     * An address in Opayo Pi's fields.
     *
     * @param address1   required
     * @param address2   may be null
     * @param city       required
     * @param postalCode null only for Ireland, which has no mandatory postcode
     * @param country    ISO 3166-1 alpha-2
     * @param state      two-letter state for the US, otherwise null
     */
    public record OpayoAddress(String address1, String address2, String city, String postalCode, String country,
                               String state) {
    }

    @Override
    public OpayoAddress fit(Address address, String field) {
        Violations violations = new Violations();
        Address clean = AddressHarmoniser.clean(address, field, violations);
        List<String> logical = new ArrayList<>(clean.lines());
        boolean us = "US".equals(clean.country());
        // Opayo has a state field only for the US; elsewhere the region is kept as an address line.
        if (!us && clean.region() != null) {
            logical.add(clean.region());
        }
        if (clean.lines().isEmpty()) {
            violations.add(field + ".address1", "is missing");
        }
        List<String> lines = LineFitter.fit(logical, 2, LINE_WIDTH, field + ".address1", violations);
        if (clean.city() == null) {
            violations.add(field + ".city", "is missing");
        } else if (clean.city().length() > CITY_WIDTH) {
            violations.add(field + ".city", clean.city().length() + " characters; Opayo allows " + CITY_WIDTH);
        }
        if (clean.postalCode() == null) {
            if (!"IE".equals(clean.country())) {
                violations.add(field + ".postalCode", "is missing (only Irish addresses may omit it)");
            }
        } else if (clean.postalCode().length() > POSTCODE_WIDTH) {
            violations.add(field + ".postalCode", clean.postalCode().length() + " characters; Opayo allows " + POSTCODE_WIDTH);
        }
        violations.throwIfAny();
        return new OpayoAddress(lines.get(0), lines.size() > 1 ? lines.get(1) : null, clean.city(),
                clean.postalCode(), clean.country(), us ? clean.region() : null);
    }
}
