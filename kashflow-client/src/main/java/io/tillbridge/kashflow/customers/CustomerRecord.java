package io.tillbridge.kashflow.customers;

import java.util.List;
import java.util.Map;

/**
 * A customer as the SOAP {@code GetCustomer} answers it — every field as KashFlow wrote it, in
 * order (reference: kashflow.md §4, SOAP Customer) — with the address and custom fields read out.
 * Used where REST's shape is undocumented: addresses and custom fields.
 *
 * @param fields every leaf of the SOAP {@code Customer}, by name
 */
public record CustomerRecord(Map<String, String> fields) {

    /**
     * Copies the fields.
     *
     * @param fields every leaf of the SOAP {@code Customer}, by name
     */
    public CustomerRecord {
        fields = Map.copyOf(fields);
    }

    /**
     * The customer's key.
     *
     * @return {@code Code}
     */
    public String code() {
        return fields.get("Code");
    }

    /**
     * The customer's name.
     *
     * @return {@code Name}
     */
    public String name() {
        return fields.get("Name");
    }

    /**
     * The customer's email address.
     *
     * @return {@code Email}
     */
    public String email() {
        return fields.get("Email");
    }

    /**
     * {@code CustomerID}, or 0 when absent.
     *
     * @return the id
     */
    public int customerId() {
        String id = fields.get("CustomerID");
        return id == null || id.isBlank() ? 0 : Integer.parseInt(id.trim());
    }

    /**
     * The postal address.
     *
     * @return {@code Address1}…{@code Address4}, {@code Postcode}, {@code CountryCode} and {@code CountryName},
     *         with any other postal field KashFlow sent (a fifth line, a county) kept in {@code other}
     */
    public CustomerAddress address() {
        List<String> lines = java.util.stream.Stream.of("Address1", "Address2", "Address3", "Address4")
                .map(fields::get).filter(v -> v != null && !v.isBlank()).toList();
        Map<String, String> other = new java.util.LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (POSTAL_OTHER.matcher(name).matches() && !POSTAL_TYPED.contains(name)) {
                other.put(name, value);
            }
        });
        return new CustomerAddress(lines, blankToNull(fields.get("Postcode")), blankToNull(fields.get("CountryCode")),
                blankToNull(fields.get("CountryName")), other);
    }

    /** Postal fields the address types; the delivery address ({@code Delivery…}) is not the postal one. */
    private static final java.util.Set<String> POSTAL_TYPED = java.util.Set.of("Address1", "Address2", "Address3", "Address4",
            "Postcode", "CountryCode", "CountryName");
    /** Fields that belong to the postal address though the reference names no such field: kept, not lost. */
    private static final java.util.regex.Pattern POSTAL_OTHER = java.util.regex.Pattern.compile(
            "Address\\d+|Address(Line|Town|City|County).*|Country.*|Postcode.*|County|Town|City");

    /**
     * The custom fields.
     *
     * @return the {@code ExtraText} and {@code CheckBox} slots
     */
    public CustomFields customFields() {
        return CustomFields.read(fields);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
