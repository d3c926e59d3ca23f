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
 *
 * @param salesorderId        Zoho's {@code salesorder_id}
 * @param salesorderNumber    Zoho's {@code salesorder_number}
 * @param date                Zoho's {@code date}
 * @param status              Zoho's {@code status}
 * @param orderStatus         Zoho's {@code order_status}
 * @param paidStatus          Zoho's {@code paid_status}
 * @param invoicedStatus      Zoho's {@code invoiced_status}
 * @param shippedStatus       Zoho's {@code shipped_status}
 * @param shipmentDate        Zoho's {@code shipment_date}
 * @param referenceNumber     Zoho's {@code reference_number}
 * @param customerId          Zoho's {@code customer_id}
 * @param customerName        Zoho's {@code customer_name}
 * @param currencyCode        Zoho's {@code currency_code}
 * @param exchangeRate        Zoho's {@code exchange_rate}
 * @param discount            Zoho's {@code discount}
 * @param discountAmount      Zoho's {@code discount_amount}
 * @param isDiscountBeforeTax Zoho's {@code is_discount_before_tax}
 * @param discountType        Zoho's {@code discount_type}
 * @param isInclusiveTax      Zoho's {@code is_inclusive_tax}
 * @param lineItems           Zoho's {@code line_items}
 * @param shippingCharge      Zoho's {@code shipping_charge}
 * @param adjustment          Zoho's {@code adjustment}
 * @param subTotal            Zoho's {@code sub_total}
 * @param taxTotal            Zoho's {@code tax_total}
 * @param total               Zoho's {@code total}
 * @param billingAddress      Zoho's {@code billing_address}
 * @param shippingAddress     Zoho's {@code shipping_address}
 * @param customFields        Zoho's {@code custom_fields}
 * @param createdTime         Zoho's {@code created_time}
 * @param lastModifiedTime    Zoho's {@code last_modified_time}
 * @param other               every other field Zoho sent, by its wire name
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

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param salesorderId        Zoho's {@code salesorder_id}
     * @param salesorderNumber    Zoho's {@code salesorder_number}
     * @param date                Zoho's {@code date}
     * @param status              Zoho's {@code status}
     * @param orderStatus         Zoho's {@code order_status}
     * @param paidStatus          Zoho's {@code paid_status}
     * @param invoicedStatus      Zoho's {@code invoiced_status}
     * @param shippedStatus       Zoho's {@code shipped_status}
     * @param shipmentDate        Zoho's {@code shipment_date}
     * @param referenceNumber     Zoho's {@code reference_number}
     * @param customerId          Zoho's {@code customer_id}
     * @param customerName        Zoho's {@code customer_name}
     * @param currencyCode        Zoho's {@code currency_code}
     * @param exchangeRate        Zoho's {@code exchange_rate}
     * @param discount            Zoho's {@code discount}
     * @param discountAmount      Zoho's {@code discount_amount}
     * @param isDiscountBeforeTax Zoho's {@code is_discount_before_tax}
     * @param discountType        Zoho's {@code discount_type}
     * @param isInclusiveTax      Zoho's {@code is_inclusive_tax}
     * @param lineItems           Zoho's {@code line_items}
     * @param shippingCharge      Zoho's {@code shipping_charge}
     * @param adjustment          Zoho's {@code adjustment}
     * @param subTotal            Zoho's {@code sub_total}
     * @param taxTotal            Zoho's {@code tax_total}
     * @param total               Zoho's {@code total}
     * @param billingAddress      Zoho's {@code billing_address}
     * @param shippingAddress     Zoho's {@code shipping_address}
     * @param customFields        Zoho's {@code custom_fields}
     * @param createdTime         Zoho's {@code created_time}
     * @param lastModifiedTime    Zoho's {@code last_modified_time}
     * @param other               every other field Zoho sent, by its wire name
     */
    public SalesOrder {
        lineItems = lineItems == null ? List.of() : lineItems;
        customFields = customFields == null ? List.of() : customFields;
        other = other == null ? Map.of() : other;
    }

    /**
     * Custom values by API name and by id.
     *
     * @return the values
     */
    public Map<String, String> customFieldValues() {
        return CustomFields.read(customFields, other);
    }
}
