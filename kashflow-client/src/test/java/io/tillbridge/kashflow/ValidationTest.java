package io.tillbridge.kashflow;

import io.tillbridge.kashflow.internal.KashFlowJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.ValidationException;
import io.tillbridge.kashflow.customers.CustomFields;
import io.tillbridge.kashflow.customers.CustomerAddress;
import io.tillbridge.kashflow.customers.CustomerRequest;
import io.tillbridge.kashflow.invoices.InvoiceRequest;
import io.tillbridge.kashflow.ledger.JournalRequest;
import io.tillbridge.kashflow.payments.BulkPaymentRequest;
import io.tillbridge.kashflow.payments.PaymentRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Bad input is refused before anything is sent, each error naming its field. */
class ValidationTest {

    private static PaymentRequest.Builder payment() {
        return PaymentRequest.builder().invoiceNumber(1042).amount(new BigDecimal("10.00"), "GBP").date(LocalDate.of(2024, 3, 8))
                .method(3).bankAccount(7).reference("SHOP-1");
    }

    static Stream<Arguments> badPayments() {
        return Stream.of(
                Arguments.of("invoiceNumber", (UnaryOperator<PaymentRequest.Builder>) b -> b.invoiceNumber(0), "positive"),
                Arguments.of("amount", (UnaryOperator<PaymentRequest.Builder>) b -> b.amount(null, "GBP"), "required"),
                Arguments.of("amount", (UnaryOperator<PaymentRequest.Builder>) b -> b.amount(new BigDecimal("-1"), "GBP"), "positive"),
                Arguments.of("amount", (UnaryOperator<PaymentRequest.Builder>) b -> b.amount(BigDecimal.ZERO, "GBP"), "positive"),
                Arguments.of("amount", (UnaryOperator<PaymentRequest.Builder>) b -> b.amount(new BigDecimal("10.005"), "GBP"),
                        "more decimals than GBP"),
                Arguments.of("amount", (UnaryOperator<PaymentRequest.Builder>) b -> b.amount(new BigDecimal("10.5"), "JPY"),
                        "more decimals than JPY"),
                Arguments.of("currency", (UnaryOperator<PaymentRequest.Builder>) b -> b.amount(BigDecimal.ONE, "XYZ1"), "ISO 4217"),
                Arguments.of("currency", (UnaryOperator<PaymentRequest.Builder>) b -> b.amount(BigDecimal.ONE, null), "required"),
                Arguments.of("date", (UnaryOperator<PaymentRequest.Builder>) b -> b.date(null), "required"),
                Arguments.of("method", (UnaryOperator<PaymentRequest.Builder>) b -> b.method(0), "GetInvPayMethods"),
                Arguments.of("bankAccount", (UnaryOperator<PaymentRequest.Builder>) b -> b.bankAccount(-2), "bank account"),
                Arguments.of("reference", (UnaryOperator<PaymentRequest.Builder>) b -> b.reference(" "), "required"),
                Arguments.of("reference", (UnaryOperator<PaymentRequest.Builder>) b -> b.reference(" SHOP-1"), "spaces"),
                Arguments.of("reference", (UnaryOperator<PaymentRequest.Builder>) b -> b.reference("x".repeat(101)), "longer than"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badPayments")
    void aBadPaymentNamesItsField(String field, UnaryOperator<PaymentRequest.Builder> change, String message) {
        assertThatThrownBy(() -> change.apply(payment()).build()).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).anySatisfy(error -> {
                    assertThat(error.field()).isEqualTo(field);
                    assertThat(error.message()).contains(message);
                }));
    }

    @Test
    void aPaymentWithManyProblemsListsThemAll() {
        assertThatThrownBy(() -> PaymentRequest.builder().build()).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(ValidationException.FieldError::field)
                        .contains("invoiceNumber", "currency", "amount", "date", "method", "bankAccount", "reference"));
        assertThat(payment().amount(new BigDecimal("10.50000"), "GBP").build().amount()).isEqualByComparingTo("10.5");
        assertThat(payment().amount(new BigDecimal("1000"), "JPY").build().currency()).isEqualTo(Currency.getInstance("JPY"));
    }

    @Test
    void toBuilderKeepsEveryValue() {
        PaymentRequest original = payment().build();
        PaymentRequest changed = original.toBuilder().reference("SHOP-2").build();
        assertThat(changed.reference()).isEqualTo("SHOP-2");
        assertThat(changed.amount()).isEqualTo(original.amount());
        assertThat(changed.currency()).isEqualTo(original.currency());
        assertThat(changed.bankAccount()).isEqualTo(7);
        CustomerRequest customer = CustomerRequest.builder().code("A1").name("A").address(CustomerAddress.of("EL", null, "x")).build();
        assertThat(customer.toBuilder().name("B").build().address().countryCode()).isEqualTo("EL");
        InvoiceRequest invoice = InvoiceRequest.builder().customerCode("A1").issuedDate(LocalDate.of(2024, 1, 1)).currency("GBP")
                .line("x", BigDecimal.ONE, BigDecimal.TEN, 4000, BigDecimal.ZERO).build();
        assertThat(invoice.toBuilder().line("y", BigDecimal.ONE, BigDecimal.ONE, 4000, BigDecimal.ZERO).build().lines()).hasSize(2);
    }

    static Stream<Arguments> countries() {
        return Stream.of(
                Arguments.of("GB", true, null),
                Arguments.of("EL", true, null),
                Arguments.of("DE", true, null),
                Arguments.of("GR", false, "Greece as EL"),
                Arguments.of("UK", false, "not an ISO"),
                Arguments.of("gb", false, "not an ISO"),
                Arguments.of("GBR", false, "not an ISO"));
    }

    @ParameterizedTest(name = "{0} accepted: {1}")
    @MethodSource("countries")
    void countryCodesFollowKashFlowsRules(String code, boolean accepted, String message) {
        CustomerRequest.Builder request = CustomerRequest.builder().name("Ada").address(CustomerAddress.of(code, "AB1 2CD", "1 High St"));
        if (accepted) {
            assertThat(request.build().address().countryCode()).isEqualTo(code); // kept as given, never rewritten
        } else {
            assertThatThrownBy(request::build).isInstanceOfSatisfying(ValidationException.class, e ->
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("address.countryCode");
                        assertThat(error.message()).contains(message);
                    }));
        }
    }

    @Test
    void customerProblemsNameTheirFields() {
        assertThatThrownBy(() -> CustomerRequest.builder().code("has space").email("nope")
                .address(new CustomerAddress(List.of("1", "2", "3", "4", "5"), null, null, null))
                .deliveryAddress(new CustomerAddress(List.of(" "), null, "GR", null))
                .vatRegion(true, true).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("code", "name", "email", "address.lines", "deliveryAddress.lines[0]",
                                "deliveryAddress.countryCode", "outsideEc"));
    }

    @Test
    void customFieldSlotsAreOneToTwenty() {
        assertThatThrownBy(() -> CustomFields.builder().text(21, "x").checkBox(0, true).text(2, null).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactly("customFields.ExtraText21", "customFields.CheckBox0", "customFields.ExtraText2"));
        CustomFields fields = CustomFields.builder().text(1, "0000A1B2").checkBox(20, true).build();
        assertThat(fields.values()).containsEntry("ExtraText1", "0000A1B2").containsEntry("CheckBox20", "1");
    }

    @Test
    void invoiceProblemsNameTheirFields() {
        assertThatThrownBy(() -> InvoiceRequest.builder().number(-1).currency("JPY").issuedDate(LocalDate.of(2024, 3, 8))
                .dueDate(LocalDate.of(2024, 3, 1))
                .line("", BigDecimal.ZERO, new BigDecimal("1.5"), 0, new BigDecimal("101")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("number", "customerCode", "dueDate", "lines[0].description", "lines[0].quantity",
                                "lines[0].rate", "lines[0].nominalCode", "lines[0].vatLevel"));
        assertThatThrownBy(() -> InvoiceRequest.builder().customerCode("SHA01").issuedDate(LocalDate.of(2024, 3, 8)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactlyInAnyOrder("currency", "lines"));
    }

    @Test
    void aJournalMustBalance() {
        Currency gbp = Currency.getInstance("GBP");
        assertThatThrownBy(() -> JournalRequest.of(LocalDate.of(2024, 3, 8), "REFUND-1",
                List.of(new JournalRequest.Line(100, new BigDecimal("10.00"), null),
                        new JournalRequest.Line(200, new BigDecimal("-9.99"), null)), gbp))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).contains("sum to 0.01")));
        assertThatThrownBy(() -> JournalRequest.of(null, " ", List.of(new JournalRequest.Line(0, new BigDecimal("1.001"), null)), gbp))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactlyInAnyOrder("date", "comment", "lines"));
        assertThat(JournalRequest.of(LocalDate.of(2024, 3, 8), "REFUND-1", List.of(new JournalRequest.Line(100, new BigDecimal("10"), null),
                new JournalRequest.Line(200, new BigDecimal("-10.00"), null)), gbp).lines()).hasSize(2);
    }

    @Test
    void bulkPaymentProblemsNameTheirFields() {
        assertThatThrownBy(() -> BulkPaymentRequest.of(null, null, 0, 0, "GBP",
                List.of(new BulkPaymentRequest.Item(0, new BigDecimal("1.001")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("date", "accountId", "method", "items[0].invoiceNumber", "items[0].amount"));
    }

    @Test
    void environmentsRefusePlainHttpOffLoopback() {
        assertThatThrownBy(() -> KashFlowEnvironment.custom("http://api.kashflow.com/v2", "https://securedwebapp.com/api/service.asmx"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThat(KashFlowEnvironment.custom("http://127.0.0.1:8080/v2", "http://localhost:8080/api/service.asmx")).isNotNull();
        assertThat(KashFlowEnvironment.LIVE.restBaseUrl().toString()).isEqualTo("https://api.kashflow.com/v2");
        assertThat(KashFlowEnvironment.SANDBOX.restBaseUrl().toString()).isEqualTo("https://api-sandbox.kashflow.com/v2");
    }

    @Test
    void kashFlowDatesAreReadLeniently() {
        assertThat(KashFlowJson.date("2012-10-09 12:00:00 +05:30")).contains(LocalDate.of(2012, 10, 9));
        assertThat(KashFlowJson.date("2024-03-05T10:00:00+00:00")).contains(LocalDate.of(2024, 3, 5));
        assertThat(KashFlowJson.date("2024-03-31")).contains(LocalDate.of(2024, 3, 31));
        assertThat(KashFlowJson.date("1900-01-01")).isEmpty();
        assertThat(KashFlowJson.date("0001-01-01T00:00:00")).isEmpty();
        assertThat(KashFlowJson.date(null)).isEmpty();
        assertThat(KashFlowJson.date("31/03/2024")).isEmpty();
    }

    @Test
    void journalsBuildLikeTheirFactoryAndCopyThroughToBuilder() {
        JournalRequest journal = JournalRequest.builder().date(LocalDate.of(2024, 3, 9)).comment("REFUND SHOP-1").currency("GBP")
                .line(17387826, new BigDecimal("20.00")).line(new JournalRequest.Line(17387901, new BigDecimal("-20.00"), "card"))
                .build();
        assertThat(journal.lines()).hasSize(2);
        assertThat(journal.currency()).isEqualTo(Currency.getInstance("GBP"));
        JournalRequest changed = journal.toBuilder().comment("REFUND SHOP-2").build();
        assertThat(changed.comment()).isEqualTo("REFUND SHOP-2");
        assertThat(changed.lines()).isEqualTo(journal.lines());
        assertThat(changed.date()).isEqualTo(journal.date());
        assertThatThrownBy(() -> journal.toBuilder().currency((Currency) null).line(17387826, new BigDecimal("1.00")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactlyInAnyOrder("currency", "lines"));
        assertThatThrownBy(() -> JournalRequest.builder().currency("POUNDS")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("currency"));
        assertThatThrownBy(() -> JournalRequest.builder().date(LocalDate.of(2024, 3, 9)).comment("x").currency("GBP")
                .line(null).line(17387826, BigDecimal.ONE).build()).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(ValidationException.FieldError::field).contains("lines[0]"));
    }

    @Test
    void bankTransactionsBuildAndCopyThroughToBuilder() {
        io.tillbridge.kashflow.bank.BankTransactionRequest fee = io.tillbridge.kashflow.bank.BankTransactionRequest.builder()
                .date(LocalDate.of(2024, 3, 6)).moneyOut(new BigDecimal("1.20")).comment("Opayo fees 2024-03-05").build();
        assertThat(fee.moneyOut()).isEqualByComparingTo("1.20");
        assertThat(fee.paidIn()).isNull();
        io.tillbridge.kashflow.bank.BankTransactionRequest deposit = fee.toBuilder().paidIn(new BigDecimal("1180.40")).build();
        assertThat(deposit.paidIn()).isEqualByComparingTo("1180.40");
        assertThat(deposit.moneyOut()).isNull();
        assertThat(deposit.comment()).isEqualTo(fee.comment());
        assertThat(deposit.date()).isEqualTo(fee.date());
        assertThat(io.tillbridge.kashflow.bank.BankTransactionRequest.paidIn(LocalDate.of(2024, 3, 6), BigDecimal.TEN, "x")
                .toBuilder().transactionType(1).build().transactionType()).isEqualTo(1);
        assertThatThrownBy(() -> io.tillbridge.kashflow.bank.BankTransactionRequest.builder().comment("x").transactionType(-1).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactly("paidIn", "transactionType"));
    }

    @Test
    void bulkPaymentsBuildLikeTheirFactoryAndCopyThroughToBuilder() {
        BulkPaymentRequest bulk = BulkPaymentRequest.builder().date(LocalDate.of(2024, 3, 8)).comment("Opayo batch 77").accountId(7)
                .method(3).currency("GBP").item(1042, new BigDecimal("100.00")).build();
        assertThat(bulk.items()).containsExactly(new BulkPaymentRequest.Item(1042, new BigDecimal("100.00")));
        BulkPaymentRequest more = bulk.toBuilder().item(1044, new BigDecimal("5.00")).build();
        assertThat(more.items()).hasSize(2);
        assertThat(more.accountId()).isEqualTo(7);
        assertThat(more.method()).isEqualTo(3);
        assertThat(more.comment()).isEqualTo("Opayo batch 77");
        assertThat(more.currency()).isEqualTo(Currency.getInstance("GBP"));
        assertThatThrownBy(() -> bulk.toBuilder().currency("EURO").items(null).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactlyInAnyOrder("currency", "items"));
        assertThatThrownBy(() -> bulk.toBuilder().items(java.util.Arrays.asList((BulkPaymentRequest.Item) null)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactly("items[0]"));
    }
}
