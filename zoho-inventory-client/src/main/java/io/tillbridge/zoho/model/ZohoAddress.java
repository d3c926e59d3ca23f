package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A billing or shipping address as Zoho writes it, with its {@code phone}, {@code country_code} and
 * {@code state_code}; anything else Zoho sends ({@code address_id}, …) is kept in {@code other}.
 *
 * @param attention   Zoho's {@code attention}
 * @param address     Zoho's {@code address}
 * @param street2     Zoho's {@code street2}
 * @param city        Zoho's {@code city}
 * @param state       Zoho's {@code state}
 * @param zip         Zoho's {@code zip}
 * @param country     Zoho's {@code country}
 * @param fax         Zoho's {@code fax}
 * @param phone       Zoho's {@code phone}
 * @param countryCode Zoho's {@code country_code}
 * @param stateCode   Zoho's {@code state_code}
 * @param other       every other field Zoho sent, by its wire name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ZohoAddress(String attention, String address, String street2, String city, String state, String zip,
                          String country, String fax, String phone, String countryCode, String stateCode,
                          @JsonIgnore @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param attention   Zoho's {@code attention}
     * @param address     Zoho's {@code address}
     * @param street2     Zoho's {@code street2}
     * @param city        Zoho's {@code city}
     * @param state       Zoho's {@code state}
     * @param zip         Zoho's {@code zip}
     * @param country     Zoho's {@code country}
     * @param fax         Zoho's {@code fax}
     * @param phone       Zoho's {@code phone}
     * @param countryCode Zoho's {@code country_code}
     * @param stateCode   Zoho's {@code state_code}
     * @param other       every other field Zoho sent, by its wire name
     */
    public ZohoAddress {
        other = other == null ? Map.of() : other;
    }

    /**
     * An address without phone, codes or other fields.
     *
     * @param attention the person the post is for
     * @param address   the first street line
     * @param street2   the second street line
     * @param city      the city
     * @param state     the state or county
     * @param zip       the postcode
     * @param country   the country
     * @param fax       the fax number
     */
    public ZohoAddress(String attention, String address, String street2, String city, String state, String zip,
                       String country, String fax) {
        this(attention, address, street2, city, state, zip, country, fax, null, null, null, null);
    }
}
