package io.tillbridge.sandbox.zoho;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An address as Zoho Inventory stores it on a contact or a sales order ({@code address}, {@code city},
 * {@code zip}, {@code country}). See {@link io.tillbridge.sandbox.SandboxValues} for addresses that pass
 * Tillbridge's address rules and Opayo's sandbox AVS.
 *
 * @param street  the first line ({@code address}); required
 * @param city    {@code city}; required
 * @param zip     {@code zip}; null only where the country has no postcodes
 * @param country {@code country}, as Zoho holds it: a name such as "United Kingdom" or an ISO code; required
 */
public record SeedAddress(String street, String city, String zip, String country) {

    /**
     * Checks that the required parts are there.
     *
     * @param street  the first line
     * @param city    the city
     * @param zip     the postcode, or null
     * @param country the country
     * @throws IllegalArgumentException naming the missing part
     */
    public SeedAddress {
        Seeds.require(street, "address.street");
        Seeds.require(city, "address.city");
        Seeds.require(country, "address.country");
    }

    /**
     * The address in Zoho's field names.
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("address", street).put("city", city).put("country", country);
        if (zip != null) {
            node.put("zip", zip);
        }
        return node;
    }
}
