package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.internal.EnetValues;
import io.tillbridge.syspro.internal.XmlNode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * SORTOI's answer (reference: syspro.md §4 SORTOI and "Corrections"): {@code SalesOrders>Order>{SalesOrder,
 * CustomerPoNumber}}, {@code ValidationStatus>Status}, {@code StatusOfItems>{ItemsProcessed,
 * ItemsRejectedWithWarnings, ItemsInvalid}}. A clean import may carry no {@code Order} block: the service
 * then finds the order number by its CustomerPoNumber, never assumes it.
 *
 * @param outcome                    what happened
 * @param salesOrder                 the order number, or null when neither the answer nor a lookup gave it
 * @param customerPoNumber           the caller's key
 * @param validationStatus           {@code ValidationStatus>Status}, or empty
 * @param itemsProcessed             {@code ItemsProcessed}
 * @param itemsRejectedWithWarnings  {@code ItemsRejectedWithWarnings}
 * @param statusOfItems              every element of {@code StatusOfItems}, trimmed
 * @param other                      every other element of the answer, by its path below the root
 *                                   ({@code Order/OrderDate}), trimmed
 */
public record SalesOrderImportResult(Outcome outcome, String salesOrder, String customerPoNumber, String validationStatus,
                                     int itemsProcessed, int itemsRejectedWithWarnings, Map<String, String> statusOfItems,
                                     Map<String, String> other) {

    /** What SORTOI did with the order. */
    public enum Outcome {
        /** The order was imported. */
        CREATED,
        /** A validate-only run found it valid; nothing was created. */
        VALID,
        /** SYSPRO processed nothing and gave no field errors (for example rejected with warnings). */
        NOT_CREATED
    }

    /**
     * Copies the trailer.
     *
     * @param outcome                    what happened
     * @param salesOrder                 the order number, or null when neither the answer nor a lookup gave it
     * @param customerPoNumber           the caller's key
     * @param validationStatus           {@code ValidationStatus>Status}, or empty
     * @param itemsProcessed             {@code ItemsProcessed}
     * @param itemsRejectedWithWarnings  {@code ItemsRejectedWithWarnings}
     * @param statusOfItems              every element of {@code StatusOfItems}, trimmed
     * @param other                      every other element of the answer, by its path below the root, trimmed
     */
    public SalesOrderImportResult {
        statusOfItems = Collections.unmodifiableMap(new LinkedHashMap<>(statusOfItems));
        other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /**
     * A result without other elements (the constructor before they were kept).
     *
     * @param outcome                    what happened
     * @param salesOrder                 the order number, or null when neither the answer nor a lookup gave it
     * @param customerPoNumber           the caller's key
     * @param validationStatus           {@code ValidationStatus>Status}, or empty
     * @param itemsProcessed             {@code ItemsProcessed}
     * @param itemsRejectedWithWarnings  {@code ItemsRejectedWithWarnings}
     * @param statusOfItems              every element of {@code StatusOfItems}, trimmed
     */
    public SalesOrderImportResult(Outcome outcome, String salesOrder, String customerPoNumber, String validationStatus,
                                  int itemsProcessed, int itemsRejectedWithWarnings, Map<String, String> statusOfItems) {
        this(outcome, salesOrder, customerPoNumber, validationStatus, itemsProcessed, itemsRejectedWithWarnings, statusOfItems, Map.of());
    }

    /**
     * The order number SYSPRO gave.
     *
     * @return the number, or empty when the answer had none
     */
    public Optional<String> salesOrderNumber() {
        return Optional.ofNullable(salesOrder);
    }

    SalesOrderImportResult withSalesOrder(String number) {
        return new SalesOrderImportResult(outcome, number, customerPoNumber, validationStatus, itemsProcessed,
                itemsRejectedWithWarnings, statusOfItems, other);
    }

    static SalesOrderImportResult from(XmlNode root, SalesOrderImport request) {
        Optional<XmlNode> order = root.descendants().stream().filter(n -> n.named("Order")).findFirst();
        String number = order.flatMap(o -> o.text("SalesOrder")).orElse(null);
        String po = order.flatMap(o -> o.text("CustomerPoNumber")).orElse(request.customerPoNumber());
        String validation = root.descendants().stream().filter(n -> n.named("ValidationStatus")).findFirst()
                .flatMap(v -> v.text("Status")).orElse("");
        Map<String, String> status = root.statusOfItems();
        int processed = count(status, "ItemsProcessed");
        int warned = count(status, "ItemsRejectedWithWarnings");
        int invalid = count(status, "ItemsInvalid");
        Outcome outcome;
        if (request.options().validateOnly()) {
            outcome = invalid == 0 && warned == 0 && !validation.equalsIgnoreCase("Failed") ? Outcome.VALID : Outcome.NOT_CREATED;
        } else {
            outcome = processed > 0 || number != null ? Outcome.CREATED : Outcome.NOT_CREATED;
        }
        return new SalesOrderImportResult(outcome, number, po, validation, processed, warned, status,
                root.descendantLeavesExcept(Set.of()));
    }

    private static int count(Map<String, String> status, String name) {
        return status.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                .flatMap(e -> EnetValues.decimal(e.getKey(), e.getValue())).map(BigDecimal::intValue).orElse(0);
    }
}
