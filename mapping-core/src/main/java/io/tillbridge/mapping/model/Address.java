package io.tillbridge.mapping.model;

import java.util.List;
import java.util.Objects;

/**
 * A postal address as the systems give it, before it is fitted to a target's fields.
 *
 * @param lines      street lines, first to last; may be empty
 * @param city       town or city; may be null
 * @param region     state, county or province; for the US the two-letter state code after harmonisation
 * @param postalCode postcode or ZIP; may be null
 * @param country    ISO 3166-1 alpha-2 after harmonisation; as given before it
 */
public record Address(List<String> lines, String city, String region, String postalCode, String country) {

    /**
     * Copies the street lines, so that the address cannot change after it is built.
     *
     * @param lines      street lines, first to last; may be empty
     * @param city       town or city; may be null
     * @param region     state, county or province; for the US the two-letter state code after harmonisation
     * @param postalCode postcode or ZIP; may be null
     * @param country    ISO 3166-1 alpha-2 after harmonisation; as given before it
     */
    public Address {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }

    /**
     * An address with one or two street lines, the shape most sources give.
     *
     * @param line1      first street line
     * @param line2      second street line, or null when there is none
     * @param city       town or city; may be null
     * @param region     state, county or province; may be null
     * @param postalCode postcode or ZIP; may be null
     * @param country    country code or name as given; harmonised later
     * @return the address
     */
    public static Address of(String line1, String line2, String city, String region, String postalCode, String country) {
        return new Address(line2 == null ? List.of(line1) : List.of(line1, line2), city, region, postalCode, country);
    }
}
