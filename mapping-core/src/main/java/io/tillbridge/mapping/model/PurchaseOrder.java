package io.tillbridge.mapping.model;

import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A purchase order to a vendor (Zoho Inventory {@code purchaseorder}); it carries custom fields the
 * brochures map payment data onto.
 *
 * @param id           the source system's id
 * @param number       the document number
 * @param vendorId     the vendor's contact id
 * @param date         may be null
 * @param lines        the lines
 * @param total        stated total
 * @param status       the source's status, verbatim
 * @param customFields custom values by field name
 */
public record PurchaseOrder(String id, String number, String vendorId, LocalDate date, List<OrderLine> lines,
                            Money total, String status, Map<String, String> customFields) {

    /**
     * Requires an id and lines; missing custom fields read as none; the collections are copied.
     *
     * @param id           the source system's id
     * @param number       the document number
     * @param vendorId     the vendor's contact id
     * @param date         may be null
     * @param lines        the lines
     * @param total        stated total
     * @param status       the source's status, verbatim
     * @param customFields custom values by field name
     */
    public PurchaseOrder {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }
}
