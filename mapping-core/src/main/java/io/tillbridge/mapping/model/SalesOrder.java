package io.tillbridge.mapping.model;

import io.tillbridge.mapping.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sales order: Zoho Inventory's {@code salesorder}, SYSPRO's sales order, the "order" an Opayo
 * payment settles.
 *
 * @param id                the source system's id ({@code salesorder_id})
 * @param number            the human document number ({@code salesorder_number}); the vendorTxCode is derived from it
 * @param customerId        the customer's id in the same system
 * @param orderStatus       the source's order status, verbatim (draft, confirmed, …)
 * @param orderDate         may be null
 * @param lines             at least one line
 * @param pricing           how the lines add up to the total
 * @param total             the total the source states; line aggregation checks it
 * @param billing           may be null
 * @param shipping          may be null
 * @param paymentStatus     canonical status of the payment for this order
 * @param customFields      custom values by field name
 */
public record SalesOrder(String id, String number, String customerId, String orderStatus, LocalDate orderDate,
                         List<OrderLine> lines, Pricing pricing, Money total, Address billing, Address shipping,
                         PaymentStatus paymentStatus, Map<String, String> customFields) {

    /**
     * Requires an id, a number and a total.
     *
     * @param id                the source system's id ({@code salesorder_id})
     * @param number            the human document number ({@code salesorder_number}); the vendorTxCode is derived
     *     from it
     * @param customerId        the customer's id in the same system
     * @param orderStatus       the source's order status, verbatim (draft, confirmed, …)
     * @param orderDate         may be null
     * @param lines             at least one line
     * @param pricing           how the lines add up to the total
     * @param total             the total the source states; line aggregation checks it
     * @param billing           may be null
     * @param shipping          may be null
     * @param paymentStatus     canonical status of the payment for this order
     * @param customFields      custom values by field name
     */
    public SalesOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        pricing = pricing == null ? Pricing.NONE : pricing;
        paymentStatus = paymentStatus == null ? PaymentStatus.UNKNOWN : paymentStatus;
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /**
     * Document-level pricing, as Zoho carries it.
     *
     * @param discount          document discount, amount or percent
     * @param discountBeforeTax true when the document discount reduces the taxable amount ({@code is_discount_before_tax})
     * @param taxInclusive      true when line rates already include tax ({@code is_inclusive_tax})
     * @param shippingCharge    added after tax; zero when absent
     * @param adjustment        a signed correction added last; zero when absent
     */
    public record Pricing(Discount discount, boolean discountBeforeTax, boolean taxInclusive,
                          BigDecimal shippingCharge, BigDecimal adjustment) {

        /** No document discount, tax exclusive, no shipping, no adjustment. */
        public static final Pricing NONE = new Pricing(null, true, false, null, null);

        /**
         * Reads a missing discount as none and missing charges as zero.
         *
         * @param discount          document discount, amount or percent
         * @param discountBeforeTax true when the document discount reduces the taxable amount ({@code
         *     is_discount_before_tax})
         * @param taxInclusive      true when line rates already include tax ({@code is_inclusive_tax})
         * @param shippingCharge    added after tax; zero when absent
         * @param adjustment        a signed correction added last; zero when absent
         */
        public Pricing {
            discount = discount == null ? Discount.none() : discount;
            shippingCharge = shippingCharge == null ? BigDecimal.ZERO : shippingCharge;
            adjustment = adjustment == null ? BigDecimal.ZERO : adjustment;
        }
    }
}
