package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A Zoho Inventory item with its stock (reference: zoho-inventory.md §3.2). */
public record Item(String itemId, String name, String sku, String status, String description, BigDecimal rate,
                   BigDecimal purchaseRate, String unit, String itemType, String productType, BigDecimal stockOnHand,
                   BigDecimal availableStock, BigDecimal actualAvailableStock, BigDecimal reorderLevel,
                   List<CustomField> customFields, @ZohoTimestamp OffsetDateTime createdTime,
                   @ZohoTimestamp OffsetDateTime lastModifiedTime, @JsonAnySetter Map<String, Object> other) {

    public Item {
        customFields = customFields == null ? List.of() : customFields;
        other = other == null ? Map.of() : other;
    }

    public Map<String, String> customFieldValues() {
        return CustomFields.read(customFields, other);
    }
}
