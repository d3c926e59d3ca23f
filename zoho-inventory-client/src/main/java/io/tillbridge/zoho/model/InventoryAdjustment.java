package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A stock adjustment (reference: zoho-inventory.md §3.9); lines carry a signed {@code quantity_adjusted}.
 *
 * @param inventoryAdjustmentId Zoho's {@code inventory_adjustment_id}
 * @param date                  Zoho's {@code date}
 * @param reason                Zoho's {@code reason}
 * @param adjustmentType        Zoho's {@code adjustment_type}
 * @param referenceNumber       Zoho's {@code reference_number}
 * @param description           Zoho's {@code description}
 * @param lineItems             Zoho's {@code line_items}
 * @param total                 Zoho's {@code total}
 * @param other                 every other field Zoho sent, by its wire name
 */
public record InventoryAdjustment(String inventoryAdjustmentId, LocalDate date, String reason, String adjustmentType,
                                  String referenceNumber, String description, List<LineItem> lineItems, BigDecimal total,
                                  @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param inventoryAdjustmentId Zoho's {@code inventory_adjustment_id}
     * @param date                  Zoho's {@code date}
     * @param reason                Zoho's {@code reason}
     * @param adjustmentType        Zoho's {@code adjustment_type}
     * @param referenceNumber       Zoho's {@code reference_number}
     * @param description           Zoho's {@code description}
     * @param lineItems             Zoho's {@code line_items}
     * @param total                 Zoho's {@code total}
     * @param other                 every other field Zoho sent, by its wire name
     */
    public InventoryAdjustment {
        lineItems = lineItems == null ? List.of() : lineItems;
        other = other == null ? Map.of() : other;
    }
}
