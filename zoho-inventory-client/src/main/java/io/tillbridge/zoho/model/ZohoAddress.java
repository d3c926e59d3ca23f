package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A billing or shipping address as Zoho writes it, with its {@code phone}, {@code country_code} and
 * {@code state_code}; anything else Zoho sends ({@code address_id}, …) is kept in {@code other}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ZohoAddress(String attention, String address, String street2, String city, String state, String zip,
                          String country, String fax, String phone, String countryCode, String stateCode,
                          @JsonIgnore @JsonAnySetter Map<String, Object> other) {

    public ZohoAddress {
        other = other == null ? Map.of() : other;
    }

    /** An address without phone, codes or other fields. */
    public ZohoAddress(String attention, String address, String street2, String city, String state, String zip,
                       String country, String fax) {
        this(attention, address, street2, city, state, zip, country, fax, null, null, null, null);
    }
}
