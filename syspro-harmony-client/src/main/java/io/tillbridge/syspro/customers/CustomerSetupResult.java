package io.tillbridge.syspro.customers;

import io.tillbridge.syspro.internal.XmlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ARSSCS's answer: lower-case {@code setuparcustomer>item>key>customer} plus {@code StatusOfItems}
 * (reference: syspro.md §4 ARSSCS; element case is ignored when reading).
 *
 * @param customer      the customer code (SYSPRO's, when it assigned one)
 * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
 */
public record CustomerSetupResult(String customer, Map<String, String> statusOfItems) {

    /**
     * Copies the trailer.
     *
     * @param customer      the customer code (SYSPRO's, when it assigned one)
     * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
     */
    public CustomerSetupResult {
        statusOfItems = Collections.unmodifiableMap(new LinkedHashMap<>(statusOfItems));
    }

    static CustomerSetupResult from(XmlNode root, String asked) {
        String code = root.descendants().stream().filter(n -> n.named("item")).findFirst()
                .flatMap(item -> item.path("key", "customer").or(() -> item.child("customer")))
                .map(n -> n.value().trim()).filter(s -> !s.isEmpty()).orElse(asked);
        Map<String, String> status = new LinkedHashMap<>();
        root.descendants().stream().filter(n -> n.named("StatusOfItems")).findFirst()
                .ifPresent(s -> s.children().forEach(c -> status.put(c.name(), c.value().trim())));
        return new CustomerSetupResult(code, status);
    }
}
