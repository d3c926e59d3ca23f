package io.tillbridge.zoho.model;

import java.math.BigDecimal;

/**
 * A line of a sales order, invoice, purchase order, credit note or return, read leniently: amounts
 * from numbers or strings, and {@code discount} as Zoho sends it (an amount or {@code "10.00%"}).
 */
public record LineItem(String lineItemId, String itemId, String name, String description, String sku, BigDecimal rate,
                       BigDecimal purchaseRate, BigDecimal quantity, String unit, String taxId, String taxName,
                       BigDecimal taxPercentage, BigDecimal itemTotal, String discount, BigDecimal discountAmount,
                       String locationId, String salesorderItemId, BigDecimal quantityAdjusted) {
}
