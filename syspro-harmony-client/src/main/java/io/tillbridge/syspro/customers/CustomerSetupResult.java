package io.tillbridge.syspro.customers;

import io.tillbridge.syspro.internal.XmlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * ARSSCS's answer: lower-case {@code setuparcustomer>item>key>customer} plus {@code StatusOfItems}
 * (reference: syspro.md §4 ARSSCS; element case is ignored when reading).
 *
 * @param customer      the customer code (SYSPRO's, when it assigned one)
 * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
 * @param other         every other element of the answer, by its path below the root ({@code item/email}), trimmed
 */
public record CustomerSetupResult(String customer, Map<String, String> statusOfItems, Map<String, String> other) {

    /**
     * Copies the trailer and the other elements.
     *
     * @param customer      the customer code (SYSPRO's, when it assigned one)
     * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
     * @param other         every other element of the answer, by its path below the root ({@code item/email}), trimmed
     */
    public CustomerSetupResult {
        statusOfItems = Collections.unmodifiableMap(new LinkedHashMap<>(statusOfItems));
        other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /**
     * A result without other elements (the constructor before they were kept).
     *
     * @param customer      the customer code (SYSPRO's, when it assigned one)
     * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
     */
    public CustomerSetupResult(String customer, Map<String, String> statusOfItems) {
        this(customer, statusOfItems, Map.of());
    }

    static CustomerSetupResult from(XmlNode root, String asked) {
        String code = root.descendants().stream().filter(n -> n.named("item")).findFirst()
                .flatMap(item -> item.path("key", "customer").or(() -> item.child("customer")))
                .map(n -> n.value().trim()).filter(s -> !s.isEmpty()).orElse(asked);
        return new CustomerSetupResult(code, root.statusOfItems(), root.descendantLeavesExcept(Set.of()));
    }
}
