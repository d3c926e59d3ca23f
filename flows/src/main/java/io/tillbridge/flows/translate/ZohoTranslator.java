package io.tillbridge.flows.translate;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.Violations;
import io.tillbridge.mapping.model.Address;
import io.tillbridge.mapping.model.Discount;
import io.tillbridge.mapping.model.OrderLine;
import io.tillbridge.mapping.model.PaymentStatus;
import io.tillbridge.mapping.model.SalesOrder;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.zoho.model.LineItem;
import io.tillbridge.zoho.model.ZohoAddress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Zoho Inventory records to the canonical model. Missing or malformed values are reported with the
 * Zoho field name, never defaulted: a sales order that cannot be read exactly is not charged.
 */
public final class ZohoTranslator {

    private ZohoTranslator() {
    }

    /**
     * A Zoho sales order as a canonical one; its stated total is kept for line aggregation to check.
     *
     * @param zoho the Zoho sales order
     * @return the canonical sales order
     */
    public static SalesOrder salesOrder(io.tillbridge.zoho.model.SalesOrder zoho) {
        Violations violations = new Violations();
        if (zoho.total() == null) {
            violations.add("total", "is missing");
        }
        if (zoho.currencyCode() == null || zoho.currencyCode().isBlank()) {
            violations.add("currency_code", "is missing");
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < zoho.lineItems().size(); i++) {
            LineItem line = zoho.lineItems().get(i);
            String field = "line_items[" + i + "]";
            if (line.quantity() == null) {
                violations.add(field + ".quantity", "is missing");
            }
            if (line.rate() == null) {
                violations.add(field + ".rate", "is missing");
            }
            if (line.quantity() != null && line.rate() != null) {
                lines.add(new OrderLine(line.itemId(), line.sku(), line.name(), line.quantity(), line.rate(),
                        discount(line.discount(), field + ".discount", violations), line.taxPercentage()));
            }
        }
        violations.throwIfAny();
        Currency currency = Money.currency(zoho.currencyCode(), "currency_code");
        Money total = Money.of(zoho.total(), currency);
        SalesOrder.Pricing pricing = new SalesOrder.Pricing(discount(zoho.discount(), "discount", violations),
                zoho.isDiscountBeforeTax() == null || zoho.isDiscountBeforeTax(),
                Boolean.TRUE.equals(zoho.isInclusiveTax()), zero(zoho.shippingCharge()), zero(zoho.adjustment()));
        violations.throwIfAny();
        return new SalesOrder(zoho.salesorderId(), zoho.salesorderNumber(), zoho.customerId(), zoho.orderStatus(), zoho.date(),
                lines, pricing, total, address(zoho.billingAddress()), address(zoho.shippingAddress()),
                "paid".equals(zoho.paidStatus()) ? PaymentStatus.AUTHORISED : PaymentStatus.PENDING, zoho.customFieldValues());
    }

    /**
     * A Zoho address as a canonical one (not yet harmonised); null stays null.
     *
     * @param zoho the Zoho address; may be null
     * @return the canonical address, or null
     */
    public static Address address(ZohoAddress zoho) {
        if (zoho == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        if (zoho.address() != null && !zoho.address().isBlank()) {
            lines.add(zoho.address());
        }
        if (zoho.street2() != null && !zoho.street2().isBlank()) {
            lines.add(zoho.street2());
        }
        return new Address(lines, zoho.city(), blankToNull(zoho.state()), blankToNull(zoho.zip()), zoho.country());
    }

    private static Discount discount(String text, String field, Violations violations) {
        try {
            return Discount.parse(text, field);
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return Discount.none();
        }
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
