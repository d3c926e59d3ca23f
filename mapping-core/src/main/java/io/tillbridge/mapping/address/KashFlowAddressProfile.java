package io.tillbridge.mapping.address;

import io.tillbridge.mapping.Violations;
import io.tillbridge.mapping.model.Address;
import java.util.List;

/**
 * KashFlow customer address (reference: kashflow.md): four free lines, no separate city or region
 * field, and ISO alpha-2 country codes except Greece, which KashFlow writes {@code EL}.
 */
public final class KashFlowAddressProfile implements AddressProfile<KashFlowAddressProfile.KashFlowAddress> {

    static final KashFlowAddressProfile INSTANCE = new KashFlowAddressProfile();

    static final int MAX_LINES = 4;
    // KashFlow documents no width; lines are only joined, never wrapped, to fit four.
    private static final int NO_WIDTH_LIMIT = Integer.MAX_VALUE / 4;

    private KashFlowAddressProfile() {
    }

    /**
     * An address in KashFlow's fields.
     *
     * @param lines       Address1..Address4, at most four
     * @param postcode    may be null
     * @param countryCode KashFlow's code: ISO alpha-2, but {@code EL} for Greece
     * @param countryName English name
     */
    public record KashFlowAddress(List<String> lines, String postcode, String countryCode, String countryName) {
        /**
         * Copies the street lines.
         *
         * @param lines       Address1..Address4, at most four
         * @param postcode    may be null
         * @param countryCode KashFlow's code: ISO alpha-2, but {@code EL} for Greece
         * @param countryName English name
         */
        public KashFlowAddress {
            lines = List.copyOf(lines);
        }
    }

    @Override
    public KashFlowAddress fit(Address address, String field) {
        Violations violations = new Violations();
        Address clean = AddressHarmoniser.clean(address, field, violations);
        List<String> logical = AddressHarmoniser.freeLines(clean);
        List<String> lines = LineFitter.fit(logical, MAX_LINES, NO_WIDTH_LIMIT, field + ".address", violations);
        violations.throwIfAny();
        String country = clean.country();
        return new KashFlowAddress(lines, clean.postalCode(), "GR".equals(country) ? "EL" : country,
                Countries.englishName(country));
    }
}
