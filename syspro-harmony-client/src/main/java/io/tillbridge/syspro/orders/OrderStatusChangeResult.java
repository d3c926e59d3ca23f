package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.internal.XmlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What SORTOS answered. UNVERIFIED: the reference gives no answer shape for SORTOS; field errors are
 * raised by the connection like every posting's, and the {@code StatusOfItems} trailer, when there is
 * one, is kept.
 *
 * @param salesOrder    the order changed
 * @param newStatus     the status asked for
 * @param validatedOnly true for a validate-only run
 * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
 * @param other         every other element of the answer, by its path below the root, trimmed
 */
public record OrderStatusChangeResult(String salesOrder, OrderStatusChange.Code newStatus, boolean validatedOnly,
                                      Map<String, String> statusOfItems, Map<String, String> other) {

    /**
     * Copies the trailer and the other elements so that the result cannot change under its reader.
     *
     * @param salesOrder    the order changed
     * @param newStatus     the status asked for
     * @param validatedOnly true for a validate-only run
     * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
     * @param other         every other element of the answer, by its path below the root, trimmed
     */
    public OrderStatusChangeResult {
        statusOfItems = Collections.unmodifiableMap(new LinkedHashMap<>(statusOfItems));
        other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /**
     * A result without other elements (the constructor before they were kept).
     *
     * @param salesOrder    the order changed
     * @param newStatus     the status asked for
     * @param validatedOnly true for a validate-only run
     * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
     */
    public OrderStatusChangeResult(String salesOrder, OrderStatusChange.Code newStatus, boolean validatedOnly,
                                   Map<String, String> statusOfItems) {
        this(salesOrder, newStatus, validatedOnly, statusOfItems, Map.of());
    }

    static OrderStatusChangeResult from(XmlNode root, OrderStatusChange change) {
        return new OrderStatusChangeResult(change.salesOrder(), change.newStatus(), change.options().validateOnly(),
                root.statusOfItems(), root.descendantLeavesExcept(Set.of()));
    }
}
