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

    @Test
    void creditNoteRequestBuildsAndRebuildsWithItsFieldsChecked() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        io.tillbridge.syspro.orders.CreditNoteRequest request = io.tillbridge.syspro.orders.CreditNoteRequest.builder()
                .kind(io.tillbridge.syspro.orders.CreditNoteRequest.Kind.FROM_INVOICE).customer("000001").customerPoNumber("RF-1")
                .creditNoteDate(day).invoiceNumber("100466").branch("10").build();
        assertThat(request).isEqualTo(io.tillbridge.syspro.orders.CreditNoteRequest.fromInvoice("000001", "RF-1", day, "100466")
                .withBranchAndSalesperson("10", null));
        assertThat(request.toBuilder().build()).isEqualTo(request);
        assertThat(request.toBuilder().salesperson("JS").build().salesperson()).isEqualTo("JS");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> request.toBuilder().invoiceNumber(null).build())
                .isInstanceOfSatisfying(io.tillbridge.client.ValidationException.class,
                        e -> assertThat(e.errors()).extracting(io.tillbridge.client.ValidationException.FieldError::field)
                                .containsExactly("invoiceNumber"));
    }

    @Test
    void orderStatusChangeBuildsAndRebuilds() {
        io.tillbridge.syspro.orders.OrderStatusChange change = io.tillbridge.syspro.orders.OrderStatusChange
                .builder("000101", io.tillbridge.syspro.orders.OrderStatusChange.Code.OPEN)
                .currentStatus(io.tillbridge.syspro.orders.OrderStatusChange.Code.IN_SUSPENSE).creditAuthority("OPS").build();
        assertThat(change).isEqualTo(io.tillbridge.syspro.orders.OrderStatusChange.releaseFromSuspense("000101", "OPS"));
        assertThat(change.toBuilder().build()).isEqualTo(change);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> change.toBuilder().creditAuthority(" ").build())
                .isInstanceOfSatisfying(io.tillbridge.client.ValidationException.class,
                        e -> assertThat(e.errors()).extracting(io.tillbridge.client.ValidationException.FieldError::field)
                                .containsExactly("creditAuthority"));
    }

    @Test
    void tableQueryRebuildsFromItself() {
        io.tillbridge.syspro.tables.TableQuery query = io.tillbridge.syspro.tables.TableQuery.builder("SorMaster")
                .columns("SalesOrder").whereEquals("CustomerPoNumber", "WEB-1").returnRows(2).orderBy("SalesOrder").build();
        assertThat(query.toBuilder().build()).isEqualTo(query);
        io.tillbridge.syspro.tables.TableQuery wider = query.toBuilder().columns("OrderStatus").returnRows(5).build();
        assertThat(wider.columns()).containsExactly("SalesOrder", "OrderStatus");
        assertThat(wider.where()).isEqualTo(query.where());
        assertThat(query.columns()).containsExactly("SalesOrder"); // the original is untouched
    }
}
