package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A stock adjustment (reference: zoho-inventory.md §3.9); lines carry a signed {@code quantity_adjusted}. */
public record InventoryAdjustment(String inventoryAdjustmentId, LocalDate date, String reason, String adjustmentType,
                                  String referenceNumber, String description, List<LineItem> lineItems, BigDecimal total,
                                  @JsonAnySetter Map<String, Object> other) {

    public InventoryAdjustment {
        lineItems = lineItems == null ? List.of() : lineItems;
        other = other == null ? Map.of() : other;
    }
}
