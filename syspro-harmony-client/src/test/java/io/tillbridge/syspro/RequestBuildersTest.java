package io.tillbridge.syspro;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.syspro.customers.CustomerSetup;
import io.tillbridge.syspro.ledger.GlJournal;
import io.tillbridge.syspro.orders.SalesOrderImport;
import io.tillbridge.syspro.receivables.ArPayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests are immutable values; {@code toBuilder()} gives them back to change one thing. */
class RequestBuildersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void everyRequestRoundTripsThroughToBuilder() {
        SalesOrderImport order = SalesOrderImport.builder("WEB-1", "000001").orderDate(DAY).email("a@b.example")
                .shipTo("Ada", List.of("1 Road"), "AB1 2CD").stockLine("A100", BigDecimal.ONE, new BigDecimal("9.99")).build();
        assertThat(order.toBuilder().build()).isEqualTo(order);
        assertThat(order.toBuilder().options(PostingOptions.DEFAULTS.asValidation()).build().options().validateOnly()).isTrue();

        ArPayment payment = ArPayment.builder("000001", Currency.getInstance("GBP"), new BigDecimal("20.00"), "OPAYO-1").bank("GB")
                .paymentDate(DAY).payInvoice("100466", new BigDecimal("15.00")).unapplied(new BigDecimal("5.00")).build();
        assertThat(payment.toBuilder().build()).isEqualTo(payment);

        GlJournal journal = GlJournal.builder(DAY, "J-1").period(2026, 3).debit("1000", BigDecimal.TEN).credit("2000", BigDecimal.TEN)
                .build();
        assertThat(journal.toBuilder().build()).isEqualTo(journal);

        CustomerSetup setup = CustomerSetup.add("C1", "Ada").email("a@b.example").soldTo(List.of("1 Road"), "AB1").build();
        assertThat(setup.toBuilder().build()).isEqualTo(setup);
    }

    @Test
    void requestsDoNotChangeWhenTheirBuilderDoes() {
        SalesOrderImport.Builder builder = SalesOrderImport.builder("WEB-1", "000001").stockLine("A100", BigDecimal.ONE, null);
        SalesOrderImport first = builder.build();
        builder.stockLine("B200", BigDecimal.ONE, null);
        assertThat(first.lines()).hasSize(1);
    }
}
