package io.tillbridge.mapping.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A stocked item: a Zoho Inventory item, a SYSPRO inventory item ({@code StockCode}).
 *
 * @param id           the source system's id
 * @param sku          stock code; may be null
 * @param name         may be null
 * @param rate         selling price; may be null
 * @param stockOnHand  may be null when the source does not track stock
 * @param customFields custom values by field name
 */
public record Item(String id, String sku, String name, BigDecimal rate, BigDecimal stockOnHand,
                   Map<String, String> customFields) {

    /**
     * Requires an id; missing custom fields read as none, and the map is copied.
     *
     * @param id           the source system's id
     * @param sku          stock code; may be null
     * @param name         may be null
     * @param rate         selling price; may be null
     * @param stockOnHand  may be null when the source does not track stock
     * @param customFields custom values by field name
     */
    public Item {
        Objects.requireNonNull(id, "id");
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }
}
