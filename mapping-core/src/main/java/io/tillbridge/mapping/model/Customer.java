package io.tillbridge.mapping.model;

import java.util.Map;
import java.util.Objects;

/**
 * A customer as every system knows one: a Zoho contact, a KashFlow customer, a SYSPRO customer, the
 * cardholder of an Opayo transaction.
 *
 * @param id           the source system's id
 * @param code         the account code (KashFlow {@code Code}, SYSPRO {@code Customer}); may be null
 * @param name         display or company name
 * @param firstName    may be null
 * @param lastName     may be null
 * @param email        may be null
 * @param phone        may be null
 * @param billing      may be null
 * @param shipping     may be null
 * @param currencyCode the customer's trading currency (ISO 4217); may be null
 * @param customFields target-neutral custom values by field name
 */
public record Customer(String id, String code, String name, String firstName, String lastName, String email,
                       String phone, Address billing, Address shipping, String currencyCode,
                       Map<String, String> customFields) {

    /**
     * Requires an id; missing custom fields read as none, and the map is copied.
     *
     * @param id           the source system's id
     * @param code         the account code (KashFlow {@code Code}, SYSPRO {@code Customer}); may be null
     * @param name         display or company name
     * @param firstName    may be null
     * @param lastName     may be null
     * @param email        may be null
     * @param phone        may be null
     * @param billing      may be null
     * @param shipping     may be null
     * @param currencyCode the customer's trading currency (ISO 4217); may be null
     * @param customFields target-neutral custom values by field name
     */
    public Customer {
        Objects.requireNonNull(id, "id");
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }
}
