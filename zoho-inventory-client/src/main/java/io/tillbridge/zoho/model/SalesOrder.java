package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A Zoho Inventory sales order (reference: zoho-inventory.md §3.1). The undocumented
 * {@code order_status}, {@code paid_status}, {@code invoiced_status} and {@code shipped_status} are
 * kept as Zoho sends them; everything else it sends, flattened {@code cf_*} custom fields included,
 * is in {@code other}.
 */
public record SalesOrder(String salesorderId, String salesorderNumber, LocalDate date, String status, String orderStatus,
                         String paidStatus, String invoicedStatus, String shippedStatus, LocalDate shipmentDate,
                         String referenceNumber, String customerId, String customerName, String currencyCode,
                         BigDecimal exchangeRate, String discount, BigDecimal discountAmount, Boolean isDiscountBeforeTax,
                         String discountType, Boolean isInclusiveTax, List<LineItem> lineItems, BigDecimal shippingCharge,
                         BigDecimal adjustment, BigDecimal subTotal, BigDecimal taxTotal, BigDecimal total,
                         ZohoAddress billingAddress, ZohoAddress shippingAddress, List<CustomField> customFields,
                         @ZohoTimestamp java.time.OffsetDateTime createdTime,
                         @ZohoTimestamp java.time.OffsetDateTime lastModifiedTime,
                         @JsonAnySetter Map<String, Object> other) {

    public SalesOrder {
        lineItems = lineItems == null ? List.of() : lineItems;
        customFields = customFields == null ? List.of() : customFields;
        other = other == null ? Map.of() : other;
    }

    /** Custom values by API name and by id. */
    public Map<String, String> customFieldValues() {
        return CustomFields.read(customFields, other);
    }
}
