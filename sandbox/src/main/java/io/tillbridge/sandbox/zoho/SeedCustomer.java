package io.tillbridge.sandbox.zoho;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A customer contact to seed into the Zoho emulator.
 *
 * @param name         {@code contact_name}; required
 * @param email        {@code email}; may be null
 * @param currencyCode {@code currency_code}, ISO 4217; the currency the customer's orders are in
 * @param billing      {@code billing_address}; also its shipping address unless {@code shipping} is given
 * @param shipping     {@code shipping_address}; null for the billing address
 */
public record SeedCustomer(String name, String email, String currencyCode, SeedAddress billing, SeedAddress shipping) {

    /**
     * Checks the name and the currency code.
     *
     * @param name         the contact name
     * @param email        the email, or null
     * @param currencyCode the ISO 4217 code
     * @param billing      the billing address, or null
     * @param shipping     the shipping address, or null for the billing address
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public SeedCustomer {
        Seeds.require(name, "customer.name");
        Seeds.require(currencyCode, "customer.currencyCode");
        Seeds.currency(currencyCode, "customer.currencyCode");
    }

    /**
     * A customer whose billing and shipping addresses are the same.
     *
     * @param name         the contact name
     * @param email        the email, or null
     * @param currencyCode the ISO 4217 code
     * @param address      both addresses
     * @return the customer
     */
    public static SeedCustomer of(String name, String email, String currencyCode, SeedAddress address) {
        return new SeedCustomer(name, email, currencyCode, address, null);
    }

    ObjectNode toJson() {
        ObjectNode contact = JsonNodeFactory.instance.objectNode().put("contact_name", name).put("contact_type", "customer")
                .put("status", "active").put("currency_code", currencyCode);
        if (email != null) {
            contact.put("email", email);
        }
        if (billing != null) {
            contact.set("billing_address", billing.toJson());
            contact.set("shipping_address", (shipping == null ? billing : shipping).toJson());
        } else if (shipping != null) {
            contact.set("shipping_address", shipping.toJson());
        }
        contact.putArray("custom_fields");
        return contact;
    }
}
