package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A purchase order to a vendor (reference: zoho-inventory.md §3.4).
 *
 * @param purchaseorderId     Zoho's {@code purchaseorder_id}
 * @param purchaseorderNumber Zoho's {@code purchaseorder_number}
 * @param vendorId            Zoho's {@code vendor_id}
 * @param vendorName          Zoho's {@code vendor_name}
 * @param date                Zoho's {@code date}
 * @param deliveryDate        Zoho's {@code delivery_date}
 * @param referenceNumber     Zoho's {@code reference_number}
 * @param status              Zoho's {@code status}
 * @param currencyCode        Zoho's {@code currency_code}
 * @param lineItems           Zoho's {@code line_items}
 * @param subTotal            Zoho's {@code sub_total}
 * @param taxTotal            Zoho's {@code tax_total}
 * @param total               Zoho's {@code total}
 * @param customFields        Zoho's {@code custom_fields}
 * @param other               every other field Zoho sent, by its wire name
 */
public record PurchaseOrder(String purchaseorderId, String purchaseorderNumber, String vendorId, String vendorName,
                            LocalDate date, LocalDate deliveryDate, String referenceNumber, String status,
                            String currencyCode, List<LineItem> lineItems, BigDecimal subTotal, BigDecimal taxTotal,
                            BigDecimal total, List<CustomField> customFields, @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param purchaseorderId     Zoho's {@code purchaseorder_id}
     * @param purchaseorderNumber Zoho's {@code purchaseorder_number}
     * @param vendorId            Zoho's {@code vendor_id}
     * @param vendorName          Zoho's {@code vendor_name}
     * @param date                Zoho's {@code date}
     * @param deliveryDate        Zoho's {@code delivery_date}
     * @param referenceNumber     Zoho's {@code reference_number}
     * @param status              Zoho's {@code status}
     * @param currencyCode        Zoho's {@code currency_code}
     * @param lineItems           Zoho's {@code line_items}
     * @param subTotal            Zoho's {@code sub_total}
     * @param taxTotal            Zoho's {@code tax_total}
     * @param total               Zoho's {@code total}
     * @param customFields        Zoho's {@code custom_fields}
     * @param other               every other field Zoho sent, by its wire name
     */
    public PurchaseOrder {
        lineItems = lineItems == null ? List.of() : lineItems;
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
