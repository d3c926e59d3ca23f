package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A package of a sales order (reference: zoho-inventory.md §3.10); {@code total_quantity} arrives as a string. */
public record ZohoPackage(String packageId, String packageNumber, String salesorderId, String salesorderNumber,
                          String customerId, String customerName, LocalDate date, String status, BigDecimal totalQuantity,
                          List<LineItem> lineItems, @JsonAnySetter Map<String, Object> other) {

    public ZohoPackage {
        lineItems = lineItems == null ? List.of() : lineItems;
        other = other == null ? Map.of() : other;
    }
}
