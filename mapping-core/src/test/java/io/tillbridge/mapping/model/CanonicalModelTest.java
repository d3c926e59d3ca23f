package io.tillbridge.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.Violation;
import io.tillbridge.mapping.Violations;
import io.tillbridge.mapping.money.CurrencyMismatchException;
import io.tillbridge.mapping.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void aPaymentHoldsOnlyTheLastFourDigitsAndNeverEchoesACardNumber() {
        String cardNumber = "4929000000006";
        assertThatThrownBy(() -> new Payment("T", "SO-1.1", TransactionType.PAYMENT, PaymentStatus.AUTHORISED,
                Money.of("1.00", "GBP"), "Visa", cardNumber, null, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("lastFourDigits: must be exactly four digits (13 characters given)")
                .hasMessageNotContaining(cardNumber);
        Payment payment = new Payment("T", "SO-1.1", TransactionType.PAYMENT, PaymentStatus.AUTHORISED,
                Money.of("1.00", "GBP"), "Visa", "0006", "999777", null, null, "card", "a@b.c", "SO-1",
                Instant.parse("2026-11-24T10:00:00Z"), "The Authorisation was Successful.");
        assertThat(payment.avsCv2()).isEqualTo(AvsCv2Result.NOT_CHECKED);
        assertThat(payment.threeDSecure()).isEqualTo(ThreeDSecureResult.NOT_CHECKED);
    }

    @Test
    void aPaymentTokenNeverPrintsItsCardIdentifier() {
        PaymentToken token = new PaymentToken("C6F92981-8C2D-457A-AA1E-16EBCD6D3AC6", "CUST-1", "T1", "Visa", "0006", "1229");
        assertThat(token.toString()).doesNotContain("C6F92981").contains("cardIdentifier=***").contains("0006");
        assertThatThrownBy(() -> new PaymentToken("id", "c", null, null, "12345", null)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "AVS/CV2 ''{0}'' → {1}")
    @CsvSource({
        "AllMatched, ALL_MATCHED", "ALLMATCH, ALL_MATCHED", "SecurityCodeMatchOnly, SECURITY_CODE_MATCH_ONLY",
        "SECURITY CODE MATCH ONLY, SECURITY_CODE_MATCH_ONLY", "AddressMatchOnly, ADDRESS_MATCH_ONLY",
        "ADDRESS MATCH ONLY, ADDRESS_MATCH_ONLY", "NoMatches, NO_MATCHES", "NO DATA MATCHES, NO_MATCHES",
        "NotChecked, NOT_CHECKED", "DATA NOT CHECKED, NOT_CHECKED", "Sideways, UNKNOWN",
    })
    void readsAvsCv2Verdicts(String value, AvsCv2Result.Overall expected) {
        assertThat(AvsCv2Result.Overall.fromOpayo(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "check ''{0}'' → {1}")
    @CsvSource({"Matched, MATCHED", "NOTMATCHED, NOT_MATCHED", "NotProvided, NOT_PROVIDED", "NOTCHECKED, NOT_CHECKED", "?, UNKNOWN"})
    void readsSingleChecks(String value, AvsCv2Result.Check expected) {
        assertThat(AvsCv2Result.Check.fromOpayo(value)).isEqualTo(expected);
        assertThat(AvsCv2Result.Check.fromOpayo(null)).isEqualTo(AvsCv2Result.Check.UNKNOWN);
        assertThat(new AvsCv2Result(null, null, null, null))
                .isEqualTo(new AvsCv2Result(AvsCv2Result.Overall.UNKNOWN, AvsCv2Result.Check.UNKNOWN,
                        AvsCv2Result.Check.UNKNOWN, AvsCv2Result.Check.UNKNOWN));
    }

    @ParameterizedTest(name = "3-D Secure ''{0}'' → {1}")
    @CsvSource({
        "Authenticated, AUTHENTICATED", "OK, AUTHENTICATED", "NotChecked, NOT_CHECKED", "NOTAVAILABLE, NOT_CHECKED",
        "NotAuthenticated, NOT_AUTHENTICATED", "NOTAUTHED, NOT_AUTHENTICATED", "Error, ERROR",
        "CardNotEnrolled, CARD_NOT_ENROLLED", "NOAUTH, CARD_NOT_ENROLLED", "IssuerNotEnrolled, ISSUER_NOT_ENROLLED",
        "CANTAUTH, ISSUER_NOT_ENROLLED", "MalformedOrInvalid, MALFORMED_OR_INVALID", "MALFORMED, MALFORMED_OR_INVALID",
        "AttemptOnly, ATTEMPT_ONLY", "Incomplete, INCOMPLETE", "Ok2, UNKNOWN",
    })
    void readsThreeDSecureResults(String value, ThreeDSecureResult expected) {
        assertThat(ThreeDSecureResult.fromOpayo(value)).isEqualTo(expected);
    }

    @Test
    void aJournalMustBalancePerCurrency() {
        Money ten = Money.of("10.00", "GBP");
        JournalEntry balanced = new JournalEntry("B1", DAY, "settlement", List.of(
                JournalLine.debit("1200", ten, "bank"), JournalLine.credit("4000", ten, "sales")));
        assertThat(balanced.lines()).hasSize(2);
        assertThatThrownBy(() -> new JournalEntry("B2", DAY, null, List.of(
                JournalLine.debit("1200", ten, null), JournalLine.credit("4000", Money.of("9.99", "GBP"), null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("lines: journal B2 does not balance: debits exceed credits by GBP 0.01");
        // Balanced in total but not per currency.
        assertThatThrownBy(() -> new JournalEntry("B3", DAY, null, List.of(
                JournalLine.debit("1200", ten, null), JournalLine.credit("4000", Money.of("10.00", "EUR"), null))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new JournalEntry("B4", DAY, null, List.of(JournalLine.debit("1200", Money.zero(ten.currency()), null))))
                .hasMessageContaining("at least two lines");
        assertThatThrownBy(() -> JournalLine.debit(" ", ten, null)).hasMessage("account: is missing");
        assertThatThrownBy(() -> JournalLine.credit("4000", ten.negate(), null)).hasMessageContaining("must not be negative");
    }

    @Test
    void aSettlementBatchNetsPaymentsAgainstRefundsPerCurrency() {
        SettlementBatch batch = new SettlementBatch("B1", "Elavon", null, List.of(
                line(TransactionType.PAYMENT, "100.00", "GBP"), line(TransactionType.REFUND, "30.00", "GBP"),
                line(TransactionType.PAYMENT, "5000", "JPY"), line(TransactionType.CHARGEBACK, "10.00", "GBP")));
        Map<Currency, Money> net = batch.netByCurrency();
        assertThat(net).containsExactly(
                Map.entry(Currency.getInstance("GBP"), Money.of("60.00", "GBP")),
                Map.entry(Currency.getInstance("JPY"), Money.of("5000", "JPY")));
        assertThatThrownBy(() -> new SettlementLine("B1", "T", "V", TransactionType.PAYMENT, Money.of("1.00", "GBP"),
                Money.of("0.01", "EUR"), null, null, DAY)).isInstanceOf(CurrencyMismatchException.class);
    }

    private static SettlementLine line(TransactionType type, String amount, String currency) {
        return new SettlementLine("B1", "T-" + amount, "V-" + amount, type, Money.of(amount, currency), null, "Visa", "999777", DAY);
    }

    @Test
    void documentsKeepBalanceAndTotalInOneCurrency() {
        assertThatThrownBy(() -> new Invoice("I1", "1001", "C1", null, DAY, null, null, Money.of("1.00", "GBP"),
                Money.of("1.00", "EUR"), "sent", null)).isInstanceOf(CurrencyMismatchException.class);
        Invoice invoice = new Invoice("I1", "1001", "C1", "SO1", DAY, DAY.plusDays(30), null, Money.of("12.00", "GBP"), null, "sent", null);
        assertThat(invoice.balance()).isEqualTo(invoice.total());
        assertThat(invoice.lines()).isEmpty();
        CreditNote note = new CreditNote("CN1", "CN-1", "C1", "I1", DAY, null, Money.of("5", "JPY"), null, "open");
        assertThat(note.balance()).isEqualTo(Money.of("5", "JPY"));
        assertThatThrownBy(() -> new CreditNote("CN1", "CN-1", "C1", "I1", DAY, null, Money.of("5", "JPY"),
                Money.of("5", "GBP"), "open")).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void recordsCopyTheirCollectionsAndDefaultOptionalParts() {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>(List.of("1 High St"));
        Address address = new Address(lines, "York", null, "YO1 7HH", "GB");
        lines.add("changed");
        assertThat(address.lines()).containsExactly("1 High St");
        assertThat(Address.of("a", "b", "c", null, null, "GB").lines()).containsExactly("a", "b");

        SalesOrder order = new SalesOrder("1", "SO-1", "C", "confirmed", DAY, List.of(OrderLine.of("i", "1", "2.00")),
                null, Money.of("2.00", "GBP"), null, null, null, null);
        assertThat(order.pricing()).isEqualTo(SalesOrder.Pricing.NONE);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(order.customFields()).isEmpty();
        assertThat(order.lines().get(0).discount()).isEqualTo(Discount.none());
        assertThat(order.lines().get(0).taxPercentage()).isEqualByComparingTo(BigDecimal.ZERO);

        assertThat(new Customer("C1", null, "Ada", "Ada", "Lovelace", null, null, null, null, "GBP", null).customFields()).isEmpty();
        assertThat(new Item("I1", "SKU-1", "Widget", BigDecimal.ONE, BigDecimal.TEN, null).customFields()).isEmpty();
        assertThat(new PurchaseOrder("P1", "PO-1", "V1", DAY, List.of(), Money.of("0", "GBP"), "issued", null).customFields()).isEmpty();
        assertThat(new LedgerRecord(LedgerSystem.KASHFLOW, "R1", "T1", "SO-1.1", TransactionType.PAYMENT,
                Money.of("1.00", "GBP"), DAY).system()).isEqualTo(LedgerSystem.KASHFLOW);
        assertThat(new Refund(null, "SO-1.R1", "T1", Money.of("1.00", "GBP"), PaymentStatus.PENDING, "damaged", null).reason())
                .isEqualTo("damaged");
    }

    @Test
    void aFraudIndicatorScoresFromZeroToHundred() {
        assertThat(new FraudIndicator(55, RiskDecision.REVIEW, null).reasons()).isEmpty();
        assertThatThrownBy(() -> new FraudIndicator(101, RiskDecision.HOLD, List.of())).hasMessage("score: must be between 0 and 100, got 101");
        assertThatThrownBy(() -> new FraudIndicator(-1, RiskDecision.PASS, List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void violationsCollectAndFailOnce() {
        Violations violations = new Violations();
        assertThat(violations.isEmpty()).isTrue();
        violations.throwIfAny();
        violations.add("a", "bad").addAll(List.of(new Violation("b", "worse")));
        assertThat(violations.asList()).hasSize(2);
        assertThatThrownBy(violations::throwIfAny).hasMessage("a: bad; b: worse");
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
