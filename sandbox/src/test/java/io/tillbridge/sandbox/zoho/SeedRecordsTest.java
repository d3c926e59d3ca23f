package io.tillbridge.sandbox.zoho;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.sandbox.SandboxValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bad seed fails where it is written, naming the field — not later as a puzzling emulator answer. */
class SeedRecordsTest {

    static Stream<Arguments> badSeeds() {
        SeedAddress home = SandboxValues.UK_ADDRESS;
        return Stream.of(
                Arguments.of((ThrowingCallable) () -> new SeedAddress(" ", "London", "SW1A 2AA", "GB"), "address.street: is missing"),
                Arguments.of((ThrowingCallable) () -> new SeedAddress("1 Road", null, "SW1A 2AA", "GB"), "address.city: is missing"),
                Arguments.of((ThrowingCallable) () -> new SeedAddress("1 Road", "London", "SW1A 2AA", ""), "address.country: is missing"),
                Arguments.of((ThrowingCallable) () -> SeedCustomer.of("", null, "GBP", home), "customer.name: is missing"),
                Arguments.of((ThrowingCallable) () -> SeedCustomer.of("Ada", null, "gbp", home), "customer.currencyCode: 'gbp' is not an ISO 4217 code"),
                Arguments.of((ThrowingCallable) () -> SeedCustomer.of("Ada", null, "XYZ", home), "customer.currencyCode: 'XYZ' is not an ISO 4217 code"),
                Arguments.of((ThrowingCallable) () -> SeedItem.of("Widget", "WID-1", "-1", "10"), "item.rate: must not be negative, was -1"),
                Arguments.of((ThrowingCallable) () -> SeedItem.of("Widget", "WID-1", "nine", "10"), "item.rate: 'nine' is not a number"),
                Arguments.of((ThrowingCallable) () -> SeedItem.of("Widget", "", "9.99", "10"), "item.sku: is missing"),
                Arguments.of((ThrowingCallable) () -> new SeedSalesOrder.Line("1", BigDecimal.ZERO, BigDecimal.TEN, null),
                        "line.quantity: must be more than zero, was 0"),
                Arguments.of((ThrowingCallable) () -> SeedSalesOrder.builder("1", "GBP").build(), "salesOrder.lines: at least one line is needed"),
                Arguments.of((ThrowingCallable) () -> new SeedSalesOrder("1", "GBP", List.of(new SeedSalesOrder.Line("1", BigDecimal.ONE,
                        BigDecimal.TEN, null)), null, null, true), "salesOrder.shippingCharge: is missing"),
                Arguments.of((ThrowingCallable) () -> SeedSalesOrder.builder("1", "GBP").line("2", 1, "20").shippingCharge("-4.95").build(),
                        "salesOrder.shippingCharge: must not be negative, was -4.95"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badSeeds")
    void aBadSeedNamesTheField(ThrowingCallable seed, String message) {
        assertThatThrownBy(seed).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @org.junit.jupiter.api.Test
    void anOrderForACustomerTheEmulatorNeverSawIsRefusedNamingTheField() {
        try (ZohoEmulator zoho = SandboxValues.zohoEmulator(java.time.Clock.systemUTC()).start()) {
            String item = zoho.seedItem(SeedItem.of("Widget", "WID-1", "9.99", "10"));
            assertThatThrownBy(() -> zoho.seedSalesOrder(SeedSalesOrder.builder("404", "GBP").line(item, 1, "20").build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("salesOrder: Invalid value passed for customer_id");
        }
    }
}
