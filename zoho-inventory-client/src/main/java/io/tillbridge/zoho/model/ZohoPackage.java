package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A package of a sales order (reference: zoho-inventory.md §3.10); {@code total_quantity} arrives as a string.
 *
 * @param packageId        Zoho's {@code package_id}
 * @param packageNumber    Zoho's {@code package_number}
 * @param salesorderId     Zoho's {@code salesorder_id}
 * @param salesorderNumber Zoho's {@code salesorder_number}
 * @param customerId       Zoho's {@code customer_id}
 * @param customerName     Zoho's {@code customer_name}
 * @param date             Zoho's {@code date}
 * @param status           Zoho's {@code status}
 * @param totalQuantity    Zoho's {@code total_quantity}
 * @param lineItems        Zoho's {@code line_items}
 * @param other            every other field Zoho sent, by its wire name
 */
public record ZohoPackage(String packageId, String packageNumber, String salesorderId, String salesorderNumber,
                          String customerId, String customerName, LocalDate date, String status, BigDecimal totalQuantity,
                          List<LineItem> lineItems, @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param packageId        Zoho's {@code package_id}
     * @param packageNumber    Zoho's {@code package_number}
     * @param salesorderId     Zoho's {@code salesorder_id}
     * @param salesorderNumber Zoho's {@code salesorder_number}
     * @param customerId       Zoho's {@code customer_id}
     * @param customerName     Zoho's {@code customer_name}
     * @param date             Zoho's {@code date}
     * @param status           Zoho's {@code status}
     * @param totalQuantity    Zoho's {@code total_quantity}
     * @param lineItems        Zoho's {@code line_items}
     * @param other            every other field Zoho sent, by its wire name
     */
    public ZohoPackage {
        lineItems = lineItems == null ? List.of() : lineItems;
        other = other == null ? Map.of() : other;
    }
}
