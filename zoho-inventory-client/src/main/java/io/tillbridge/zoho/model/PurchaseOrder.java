package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A purchase order to a vendor (reference: zoho-inventory.md §3.4). */
public record PurchaseOrder(String purchaseorderId, String purchaseorderNumber, String vendorId, String vendorName,
                            LocalDate date, LocalDate deliveryDate, String referenceNumber, String status,
                            String currencyCode, List<LineItem> lineItems, BigDecimal subTotal, BigDecimal taxTotal,
                            BigDecimal total, List<CustomField> customFields, @JsonAnySetter Map<String, Object> other) {

    public PurchaseOrder {
        lineItems = lineItems == null ? List.of() : lineItems;
        customFields = customFields == null ? List.of() : customFields;
        other = other == null ? Map.of() : other;
    }

    public Map<String, String> customFieldValues() {
        return CustomFields.read(customFields, other);
    }
}
