package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A Zoho Inventory item with its stock (reference: zoho-inventory.md §3.2).
 *
 * @param itemId               Zoho's {@code item_id}
 * @param name                 Zoho's {@code name}
 * @param sku                  Zoho's {@code sku}
 * @param status               Zoho's {@code status}
 * @param description          Zoho's {@code description}
 * @param rate                 Zoho's {@code rate}
 * @param purchaseRate         Zoho's {@code purchase_rate}
 * @param unit                 Zoho's {@code unit}
 * @param itemType             Zoho's {@code item_type}
 * @param productType          Zoho's {@code product_type}
 * @param stockOnHand          Zoho's {@code stock_on_hand}
 * @param availableStock       Zoho's {@code available_stock}
 * @param actualAvailableStock Zoho's {@code actual_available_stock}
 * @param reorderLevel         Zoho's {@code reorder_level}
 * @param customFields         Zoho's {@code custom_fields}
 * @param createdTime          Zoho's {@code created_time}
 * @param lastModifiedTime     Zoho's {@code last_modified_time}
 * @param other                every other field Zoho sent, by its wire name
 */
public record Item(String itemId, String name, String sku, String status, String description, BigDecimal rate,
                   BigDecimal purchaseRate, String unit, String itemType, String productType, BigDecimal stockOnHand,
                   BigDecimal availableStock, BigDecimal actualAvailableStock, BigDecimal reorderLevel,
                   List<CustomField> customFields, @ZohoTimestamp OffsetDateTime createdTime,
                   @ZohoTimestamp OffsetDateTime lastModifiedTime, @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param itemId               Zoho's {@code item_id}
     * @param name                 Zoho's {@code name}
     * @param sku                  Zoho's {@code sku}
     * @param status               Zoho's {@code status}
     * @param description          Zoho's {@code description}
     * @param rate                 Zoho's {@code rate}
     * @param purchaseRate         Zoho's {@code purchase_rate}
     * @param unit                 Zoho's {@code unit}
     * @param itemType             Zoho's {@code item_type}
     * @param productType          Zoho's {@code product_type}
     * @param stockOnHand          Zoho's {@code stock_on_hand}
     * @param availableStock       Zoho's {@code available_stock}
     * @param actualAvailableStock Zoho's {@code actual_available_stock}
     * @param reorderLevel         Zoho's {@code reorder_level}
     * @param customFields         Zoho's {@code custom_fields}
     * @param createdTime          Zoho's {@code created_time}
     * @param lastModifiedTime     Zoho's {@code last_modified_time}
     * @param other                every other field Zoho sent, by its wire name
     */
    public Item {
        customFields = customFields == null ? List.of() : customFields;
        other = other == null ? Map.of() : other;
    }

    /**
     * Custom values by API name, id, label and index, from {@code custom_fields} and the {@code cf_…} fields.
     *
     * @return the values
     */
    public Map<String, String> customFieldValues() {
        return CustomFields.read(customFields, other);
    }
}
