package io.tillbridge.flows.kashflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.mapping.fx.ExchangeRate;
import io.tillbridge.mapping.fx.ExchangeRateTable;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input ends as a dead letter naming the field and whether money moved; nothing is posted, nothing dropped. */
class KashFlowBadInputTest {

    private final KashFlowWorld world = new KashFlowWorld();

    @AfterEach
    void close() {
        world.close();
    }

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
        "missing vendorTxCode,       NULL,          GBP, 12.00, none,  vendorTxCode: is missing",
        "unparsable vendorTxCode,    'SHOP.12 34',  GBP, 12.00, none,  vendorTxCode",
        "not an invoice number,      SHOP.SO-7.1,   GBP, 12.00, none,  vendorTxCode.invoice",
        "another shop's code,        OTHER.3001.1,  GBP, 12.00, none,  vendorTxCode",
        "invoice not found,          SHOP.3999.1,   GBP, 12.00, none,  KashFlow does not have",
        "already fully paid,         SHOP.3002.1,   GBP, 12.00, none,  invoice: 3002 is already fully paid",
        "currency without rates,     SHOP.3001.1,   EUR, 14.00, none,  currency: payment",
        "currency with a stale rate, SHOP.3001.1,   EUR, 14.00, stale, currency:",
        "locked account,             SHOP.3001.1,   GBP, 12.00, lock,  KashFlow account locked",
        "amount missing,             SHOP.3001.1,   GBP, NULL,  none,  amount:",
        "more than is owed,          SHOP.3001.1,   GBP, 15.00, none,  'of GBP 15.00 is more than the GBP 12.00 owed on invoice 3001 (Opayo has taken the money'",
    }, nullValues = "NULL")
    void deadLettersNamingTheFieldAndThatMoneyWasCharged(String name, String vendorTxCode, String currency, String amount,
                                                         String setup, String reasonContains) {
        world.kashflowEmulator.seedCustomer("BAD01", "Bad Input Ltd", "GB");
        world.kashflowEmulator.seedInvoice(3001, "BAD01", "GBP", new BigDecimal("10.00"), new BigDecimal("20"));
        BigDecimal paidGross = world.kashflowEmulator.seedInvoice(3002, "BAD01", "GBP", new BigDecimal("10.00"), new BigDecimal("20"));
        // 3002 was paid by another route before.
        world.kashflow.payments().record(io.tillbridge.kashflow.payments.PaymentRequest.builder().invoiceNumber(3002)
                .amount(paidGross, "GBP").date(DAY).method(KashFlowWorld.CARD_METHOD).bankAccount(KashFlowWorld.BANK)
                .reference("cheque-1").build());
        ExchangeRateTable rates = null;
        if (setup.equals("stale")) {
            rates = ExchangeRateTable.builder().baseCurrency(Currency.getInstance("GBP")).maxAge(Period.ofDays(3))
                    .rate(ExchangeRate.of("EUR", "GBP", "0.8571", DAY.minusDays(30))).build();
        }
        if (setup.equals("lock")) {
            world.kashflowEmulator.lockAfter(1);
            try (KashFlowClient wrong = world.kashflowClient("not-the-password")) {
                wrong.customers().get("BAD01");
            } catch (RuntimeException expected) {
                // the refused login locks the user
            }
            world.kashflow.close();
            world.kashflow = world.kashflowClient(KashFlowWorld.KF_PASSWORD);
        }
        InMemoryFlowStore store = new InMemoryFlowStore(world.clock);
        KashFlowWorld.Flows flows = world.flows(store, "runner-1", KashFlowWorld.settings(rates));
        String txId = "0E2A6C1F-1111-4C2B-9D3E-" + String.format("%012d", Math.abs(name.hashCode()));
        Money money = amount == null ? null : Money.of(amount, currency);
        OpayoPayment payment = new OpayoPayment(txId, vendorTxCode, TransactionType.PAYMENT, money, DAY, "123456", "Visa", null,
                null, null, null);
        long postsBefore = world.kashflowEmulator.calls(c -> c.equals("SOAP InsertInvoicePayment"));

        KashFlowOutcome outcome = flows.payments().run(payment);

        assertThat(outcome).isInstanceOf(KashFlowOutcome.DeadLettered.class);
        DeadLetter letter = store.deadLetter(DeadLetter.idOf(KashFlowPaymentFlow.NAME, txId)).orElseThrow();
        assertThat(letter.reason()).contains(reasonContains);
        assertThat(letter.money().movement()).isIn(MoneyMoved.Movement.CHARGED, MoneyMoved.Movement.UNKNOWN);
        assertThat(letter.money().transactionId()).isEqualTo(txId);
        if (!setup.equals("lock")) {
            assertThat(letter.reason()).contains("nothing posted in KashFlow");
        }
        assertThat(world.kashflowEmulator.calls(c -> c.equals("SOAP InsertInvoicePayment"))).isEqualTo(postsBefore);
        assertThat(world.kashflowEmulator.invoice(3001).get("PaymentLines")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aRunnerWithOnlyATransactionIdGetsTheTransactionFromTheHostAndNeverThrows() {
        world.kashflowEmulator.seedCustomer("BAD01", "Bad Input Ltd", "GB");
        OpayoPayment paid = world.invoicePaid(3101, "BAD01", "GBP", "10.00");
        InMemoryFlowStore store = new InMemoryFlowStore(world.clock);
        KashFlowPaymentFlow flow = world.flows(store, "runner-1", KashFlowWorld.settings(null)).payments();

        assertThat(flow.run("{" + paid.transactionId() + "}", id -> java.util.Optional.of(paid)))
                .isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(flow.run("0E2A6C1F-2222-4C2B-9D3E-000000000001", id -> java.util.Optional.empty()))
                .isInstanceOf(KashFlowOutcome.DeadLettered.class);
        assertThat(flow.run("0E2A6C1F-2222-4C2B-9D3E-000000000002", id -> {
            throw new IllegalStateException("host database down");
        })).isInstanceOf(KashFlowOutcome.DeadLettered.class);
        assertThat(store.openDeadLetters()).extracting(DeadLetter::reason)
                .anySatisfy(r -> assertThat(r).startsWith("transactionId:"))
                .anySatisfy(r -> assertThat(r).contains("host database down"));
    }
}
