package io.tillbridge.mapping.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.model.JournalEntry;
import io.tillbridge.mapping.model.JournalLine;
import io.tillbridge.mapping.model.SettlementBatch;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SettlementJournalsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final GlRuleTable RULES = GlRuleTable.withDefault(GlRuleTableTest.RULES, GlRuleTableTest.STANDARD);

    private static SettlementLine line(TransactionType type, String amount, String currency, String fee, String cardType) {
        return new SettlementLine("B1", "T" + amount, null, type, Money.of(amount, currency),
                fee == null ? null : Money.of(fee, currency), cardType, null, DAY);
    }

    @Test
    void buildsOneBalancedJournalPerCurrency() {
        SettlementBatch batch = new SettlementBatch("B1", "Elavon", null, List.of(
                line(TransactionType.PAYMENT, "100.00", "GBP", "1.20", "Visa"),
                line(TransactionType.PAYMENT, "50.00", "GBP", "0.60", "Visa"),
                line(TransactionType.PAYMENT, "80.00", "GBP", "2.40", "AmericanExpress"),
                line(TransactionType.REFUND, "30.00", "GBP", null, "Visa"),
                line(TransactionType.CHARGEBACK, "20.00", "GBP", "15.00", "MasterCard"),
                line(TransactionType.REPEAT, "40.00", "EUR", "0.50", "Visa")));

        List<JournalEntry> journals = SettlementJournals.build(batch, RULES, "web", DAY);

        assertThat(journals).extracting(JournalEntry::reference).containsExactly("B1-EUR", "B1-GBP");
        assertThat(journals.get(0).lines()).containsExactly(
                JournalLine.debit("7710", Money.of("0.50", "EUR"), null),
                JournalLine.credit("4100", Money.of("40.00", "EUR"), null),
                JournalLine.debit("1210", Money.of("39.50", "EUR"), "net settlement"));
        assertThat(journals.get(1).lines()).containsExactly(
                JournalLine.debit("4015", Money.of("30.00", "GBP"), null),      // refund: negative-amount rule
                JournalLine.debit("4025", Money.of("20.00", "GBP"), null),      // chargeback
                JournalLine.debit("7700", Money.of("16.80", "GBP"), null),      // Visa and chargeback fees
                JournalLine.debit("7701", Money.of("2.40", "GBP"), null),       // Amex fee
                JournalLine.credit("4000", Money.of("150.00", "GBP"), null),
                JournalLine.credit("4001", Money.of("80.00", "GBP"), null),
                JournalLine.debit("1200", Money.of("160.80", "GBP"), "net settlement"));
        assertThat(journals.get(1).narrative()).isEqualTo("Opayo settlement batch B1 (GBP)");
    }

    @Test
    void aNetOutflowCreditsTheBank() {
        SettlementBatch refunds = new SettlementBatch("B2", null, null, List.of(
                line(TransactionType.PAYMENT, "10.00", "GBP", null, "Visa"),
                line(TransactionType.REFUND, "25.00", "GBP", null, "Visa")));
        List<JournalLine> lines = SettlementJournals.build(refunds, RULES, null, DAY).get(0).lines();
        assertThat(lines).contains(JournalLine.credit("1200", Money.of("15.00", "GBP"), "net settlement"));
    }

    @Test
    void refusesLinesThatMoveNoMoney() {
        SettlementBatch odd = new SettlementBatch("B3", null, null, List.of(
                line(TransactionType.PAYMENT, "10.00", "GBP", null, "Visa"),
                line(TransactionType.DEFERRED, "10.00", "GBP", null, "Visa")));
        assertThatThrownBy(() -> SettlementJournals.build(odd, RULES, null, DAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("lines[1].type: DEFERRED moves no money and cannot be settled (batch B3)");
    }

    @Test
    void aLineNoRuleCoversStopsTheBatch() {
        SettlementBatch yen = new SettlementBatch("B4", null, null, List.of(line(TransactionType.PAYMENT, "100", "JPY", null, "Visa")));
        assertThatThrownBy(() -> SettlementJournals.build(yen, GlRuleTable.of(GlRuleTableTest.RULES), "web", DAY))
                .isInstanceOf(NoGlRuleException.class);
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** A property over 200 seeded random batches: deterministic, and a failing seed is named in the test name. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void journalsAlwaysBalanceAndTheBankGetsTheNet(long seed) {
        Random random = new Random(seed);
        String[] currencies = {"GBP", "EUR", "JPY", "BHD"};
        TransactionType[] types = {TransactionType.PAYMENT, TransactionType.REPEAT, TransactionType.RELEASE,
            TransactionType.AUTHORISE, TransactionType.REFUND, TransactionType.CHARGEBACK};
        String[] cards = {"Visa", "MasterCard", "AmericanExpress", null};
        List<SettlementLine> lines = new ArrayList<>();
        Map<Currency, Money> expectedBank = new HashMap<>();
        int count = 1 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            Currency currency = Currency.getInstance(currencies[random.nextInt(currencies.length)]);
            Money amount = Money.ofMinor(1 + random.nextInt(1_000_000), currency);
            Money fee = random.nextBoolean() ? Money.ofMinor(random.nextInt(500), currency) : null;
            TransactionType type = types[random.nextInt(types.length)];
            SettlementLine line = new SettlementLine("B", "T" + i, null, type, amount, fee,
                    cards[random.nextInt(cards.length)], null, DAY);
            lines.add(line);
            Money bank = line.signedAmount().minus(fee == null ? Money.zero(currency) : fee);
            expectedBank.merge(currency, bank, Money::plus);
        }
        List<JournalEntry> journals = SettlementJournals.build(new SettlementBatch("B", null, null, lines), RULES,
                random.nextBoolean() ? "moto" : "web", DAY);

        assertThat(journals).hasSize(expectedBank.size());
        for (JournalEntry journal : journals) {
            Currency currency = journal.lines().get(0).amount().currency();
            Money debits = Money.zero(currency);
            Money credits = Money.zero(currency);
            Money bank = Money.zero(currency);
            for (JournalLine line : journal.lines()) {
                assertThat(line.amount().currency()).isEqualTo(currency);
                if (line.side() == JournalLine.Side.DEBIT) {
                    debits = debits.plus(line.amount());
                } else {
                    credits = credits.plus(line.amount());
                }
                if ("net settlement".equals(line.comment())) {
                    bank = bank.plus(line.signed());
                }
            }
            assertThat(debits).isEqualTo(credits);
            assertThat(bank).isEqualTo(expectedBank.get(currency));
        }
    }
}
