package io.tillbridge.examples;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.address.AddressProfile;
import io.tillbridge.mapping.fx.ExchangeRate;
import io.tillbridge.mapping.fx.ExchangeRateTable;
import io.tillbridge.mapping.lines.LineAggregation;
import io.tillbridge.mapping.lines.OrderTotal;
import io.tillbridge.mapping.model.Address;
import io.tillbridge.mapping.model.Discount;
import io.tillbridge.mapping.model.OrderLine;
import io.tillbridge.mapping.model.PaymentStatus;
import io.tillbridge.mapping.model.SalesOrder;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.posting.PostingRules;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.refund.RefundCheck;
import io.tillbridge.mapping.refund.RefundRejectedException;
import io.tillbridge.mapping.status.StatusTables;
import io.tillbridge.mapping.vendortx.VendorTxCodes;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A tour of the mapping rules on one sales order: what Tillbridge checks and derives before a single
 * byte goes to Opayo. Runs offline; needs no credentials.
 */
public final class MappingDemo {

    private MappingDemo() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        LocalDate today = LocalDate.of(2026, 11, 24);
        SalesOrder order = new SalesOrder("4815000000044895", "SO-00042", "4815000000044001", "confirmed", today,
                List.of(
                        new OrderLine("1", "WID-1", "Widget", new BigDecimal("3"), new BigDecimal("9.99"),
                                Discount.none(), new BigDecimal("20")),
                        new OrderLine("2", "GAD-7", "Gadget", new BigDecimal("1"), new BigDecimal("45.00"),
                                Discount.parse("10%", "discount"), new BigDecimal("20"))),
                new SalesOrder.Pricing(Discount.none(), true, false, new BigDecimal("4.95"), BigDecimal.ZERO),
                Money.of("89.51", "GBP"),
                new Address(List.of("  The Old Rectory Cottage Annexe, 123 Long Meadow Lane West "), "Bath", null,
                        "ba11aa", "United Kingdom"),
                null, PaymentStatus.UNKNOWN, null);

        out.println("Tillbridge mapping demo — sales order " + order.number());
        OrderTotal total = LineAggregation.strict().verify(order);
        out.printf("  lines %s + tax %s + shipping %s = %s (stated %s) -> Opayo amount %d%n",
                total.subtotal(), total.tax(), total.shipping(), total.total(), order.total(),
                LineAggregation.strict().opayoAmount(order));

        String vendorTxCode = VendorTxCodes.withPrefix("DEMO").generate(order.number(), 1);
        out.println("  vendorTxCode " + vendorTxCode + " (parses back to "
                + VendorTxCodes.parse(vendorTxCode).documentNumber() + ")");

        var billing = AddressProfile.opayo().fit(order.billing(), "billingAddress");
        out.println("  Opayo billing address " + billing);

        PaymentStatus status = StatusTables.opayoPi().map("Ok", "0000");
        out.printf("  Opayo Ok/0000 -> %s -> Zoho '%s', SYSPRO '%s'; Payment posts as KashFlow %s, SYSPRO %s%n",
                status, StatusTables.zohoPaymentStatus().map(status), StatusTables.sysproPaymentStatus().map(status),
                PostingRules.defaults().kashFlow(TransactionType.PAYMENT), PostingRules.defaults().syspro(TransactionType.PAYMENT));
        out.println("  Opayo 'Teleported' -> " + StatusTables.opayoPi().map("Teleported", "0000") + " (never success)");

        ExchangeRateTable rates = ExchangeRateTable.builder().baseCurrency(Currency.getInstance("GBP"))
                .rate(ExchangeRate.of("GBP", "EUR", "1.17", today))
                .rate(ExchangeRate.of("GBP", "JPY", "190.5", today))
                .build();
        out.println("  " + order.total() + " = " + rates.convert(order.total(), Currency.getInstance("EUR"), today)
                + " = " + rates.convert(order.total(), Currency.getInstance("JPY"), today) + " on " + today);

        Money refunded = Money.of("40.00", "GBP");
        Money rest = order.total().minus(refunded);
        RefundCheck.check(order.total(), refunded, rest);
        out.println("  refund " + rest + " after " + refunded + " refunded: allowed, nothing left after it");
        Money onePennyMore = rest.plus(Money.of("0.01", "GBP"));
        try {
            RefundCheck.check(order.total(), refunded, onePennyMore);
        } catch (RefundRejectedException e) {
            out.println("  refund " + onePennyMore + ": " + e.reason() + " -> manual review");
        }
        try {
            AddressProfile.opayo().fit(Address.of("1 Main St", null, "Springfield", null, "62701", "US"), "billingAddress");
        } catch (InvalidInputException e) {
            out.println("  US address without a state: " + e.getMessage());
        }
    }
}
