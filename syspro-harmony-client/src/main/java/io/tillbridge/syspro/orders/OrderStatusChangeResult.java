package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.internal.XmlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What SORTOS answered. UNVERIFIED: the reference gives no answer shape for SORTOS; field errors are
 * raised by the connection like every posting's, and the {@code StatusOfItems} trailer, when there is
 * one, is kept.
 *
 * @param salesOrder    the order changed
 * @param newStatus     the status asked for
 * @param validatedOnly true for a validate-only run
 * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
 */
public record OrderStatusChangeResult(String salesOrder, OrderStatusChange.Code newStatus, boolean validatedOnly,
                                      Map<String, String> statusOfItems) {

    /**
     * Copies the trailer so that the result cannot change under its reader.
     *
     * @param salesOrder    the order changed
     * @param newStatus     the status asked for
     * @param validatedOnly true for a validate-only run
     * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
     */
    public OrderStatusChangeResult {
        statusOfItems = Collections.unmodifiableMap(new LinkedHashMap<>(statusOfItems));
    }

    static OrderStatusChangeResult from(XmlNode root, OrderStatusChange change) {
        Map<String, String> status = new LinkedHashMap<>();
        root.descendants().stream().filter(n -> n.named("StatusOfItems")).findFirst()
                .ifPresent(s -> s.children().forEach(c -> status.put(c.name(), c.value().trim())));
        return new OrderStatusChangeResult(change.salesOrder(), change.newStatus(), change.options().validateOnly(), status);
    }
}
