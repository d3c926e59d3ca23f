package io.tillbridge.zoho.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A line of a sales order, invoice, purchase order, credit note, return or package, read leniently:
 * amounts from numbers or strings, and {@code discount} as Zoho sends it (an amount or
 * {@code "10.00%"}). What order to cash uses is typed; everything else Zoho sends — serial numbers,
 * storages, tax details, fields Zoho adds later — is kept in {@code other}, so nothing is dropped.
 *
 * @param lineItemId         this line's id; send it back on updates so the line is edited, not added
 * @param itemId            Zoho's {@code item_id}
 * @param name              Zoho's {@code name}
 * @param description       Zoho's {@code description}
 * @param sku               Zoho's {@code sku}
 * @param rate              Zoho's {@code rate}
 * @param purchaseRate      Zoho's {@code purchase_rate}
 * @param quantity          Zoho's {@code quantity}
 * @param unit              Zoho's {@code unit}
 * @param taxId             Zoho's {@code tax_id}
 * @param taxName           Zoho's {@code tax_name}
 * @param taxPercentage     Zoho's {@code tax_percentage}
 * @param itemTotal         Zoho's {@code item_total}
 * @param discount          Zoho's {@code discount}
 * @param discountAmount    Zoho's {@code discount_amount}
 * @param locationId         the location (organisations with locations)
 * @param salesorderItemId   on an invoice line, the sales-order line it bills
 * @param quantityAdjusted  Zoho's {@code quantity_adjusted}
 * @param soLineItemId       on a package line, the sales-order line it packs
 * @param invoiceId          on a credit-note line, the invoice it credits
 * @param invoiceItemId      on a credit-note line, the invoice line it credits
 * @param salesreturnItemId  on a credit-note line, the returned line it refunds
 * @param isReturnedToStock  on a credit-note line, whether Zoho already put the goods back into stock
 * @param quantityInvoiced   sales-order progress: invoiced so far
 * @param quantityPacked     packed so far
 * @param quantityShipped    shipped so far
 * @param quantityReturned   returned so far
 * @param quantityCancelled  cancelled so far
 * @param warehouseId        the warehouse (older organisations)
 * @param itemCustomFields   the line's own custom fields
 * @param mappedItems        a kit's component items, as Zoho sends them
 * @param batches            batch allocations, as Zoho sends them
 * @param serialNumbers      serial numbers
 * @param other              every other field Zoho sent
 */
public record LineItem(String lineItemId, String itemId, String name, String description, String sku, BigDecimal rate,
                       BigDecimal purchaseRate, BigDecimal quantity, String unit, String taxId, String taxName,
                       BigDecimal taxPercentage, BigDecimal itemTotal, String discount, BigDecimal discountAmount,
                       String locationId, String salesorderItemId, BigDecimal quantityAdjusted,
                       String soLineItemId, String invoiceId, String invoiceItemId, String salesreturnItemId,
                       Boolean isReturnedToStock, BigDecimal quantityInvoiced, BigDecimal quantityPacked,
                       BigDecimal quantityShipped, BigDecimal quantityReturned, BigDecimal quantityCancelled,
                       String warehouseId, List<CustomField> itemCustomFields, List<Map<String, Object>> mappedItems,
                       List<Map<String, Object>> batches, List<String> serialNumbers,
                       @JsonAnySetter Map<String, Object> other) {

    /**
     * Reads absent lists and maps as empty, so that callers never meet a null collection.
     *
     * @param lineItemId        this line's id; send it back on updates so the line is edited, not added
     * @param itemId            Zoho's {@code item_id}
     * @param name              Zoho's {@code name}
     * @param description       Zoho's {@code description}
     * @param sku               Zoho's {@code sku}
     * @param rate              Zoho's {@code rate}
     * @param purchaseRate      Zoho's {@code purchase_rate}
     * @param quantity          Zoho's {@code quantity}
     * @param unit              Zoho's {@code unit}
     * @param taxId             Zoho's {@code tax_id}
     * @param taxName           Zoho's {@code tax_name}
     * @param taxPercentage     Zoho's {@code tax_percentage}
     * @param itemTotal         Zoho's {@code item_total}
     * @param discount          Zoho's {@code discount}
     * @param discountAmount    Zoho's {@code discount_amount}
     * @param locationId        the location (organisations with locations)
     * @param salesorderItemId  on an invoice line, the sales-order line it bills
     * @param quantityAdjusted  Zoho's {@code quantity_adjusted}
     * @param soLineItemId      on a package line, the sales-order line it packs
     * @param invoiceId         on a credit-note line, the invoice it credits
     * @param invoiceItemId     on a credit-note line, the invoice line it credits
     * @param salesreturnItemId on a credit-note line, the returned line it refunds
     * @param isReturnedToStock on a credit-note line, whether Zoho already put the goods back into stock
     * @param quantityInvoiced  sales-order progress: invoiced so far
     * @param quantityPacked    packed so far
     * @param quantityShipped   shipped so far
     * @param quantityReturned  returned so far
     * @param quantityCancelled cancelled so far
     * @param warehouseId       the warehouse (older organisations)
     * @param itemCustomFields  the line's own custom fields
     * @param mappedItems       a kit's component items, as Zoho sends them
     * @param batches           batch allocations, as Zoho sends them
     * @param serialNumbers     serial numbers
     * @param other             every other field Zoho sent
     */
    public LineItem {
        itemCustomFields = itemCustomFields == null ? List.of() : itemCustomFields;
        mappedItems = mappedItems == null ? List.of() : mappedItems;
        batches = batches == null ? List.of() : batches;
        serialNumbers = serialNumbers == null ? List.of() : serialNumbers;
        other = other == null ? Map.of() : other;
    }

    /**
     * True only when Zoho says this line's goods are already back in stock; unknown counts as not.
     *
     * @return true when the goods are back in stock
     */
    public boolean alreadyReturnedToStock() {
        return Boolean.TRUE.equals(isReturnedToStock);
    }
}
