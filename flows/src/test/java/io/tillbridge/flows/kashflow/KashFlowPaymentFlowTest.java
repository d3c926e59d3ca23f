package io.tillbridge.flows.kashflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.flows.store.MoneyMoved;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The payment flow end to end against the Opayo and KashFlow emulators, with faults and restarts. */
class KashFlowPaymentFlowTest {

    private final KashFlowWorld world = new KashFlowWorld();

    @AfterEach
    void close() {
        world.close();
    }

    private List<OpayoPayment> day(int invoices) {
        world.kashflowEmulator.seedCustomer("ADA01", "Ada Lovelace", "GB");
        List<OpayoPayment> payments = new ArrayList<>();
        for (int i = 0; i < invoices; i++) {
            payments.add(world.invoicePaid(2001 + i, "ADA01", "GBP", (10 + i) + ".00"));
        }
        return payments;
    }

    private long linesWith(int invoice, String reference) {
        JsonNode lines = world.kashflowEmulator.invoice(invoice).get("PaymentLines");
        long n = 0;
        for (JsonNode line : lines) {
            if (reference.equals(line.path("Note").asText())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void postsEachPaymentOnceWithItsMetadataAndAgainPostsNothing() {
        OpayoPayment payment = day(1).get(0);
        KashFlowWorld.Flows flows = world.flows();

        KashFlowOutcome outcome = flows.payments().run(payment);

        assertThat(outcome).isInstanceOf(KashFlowOutcome.Posted.class);
        JsonNode invoice = world.kashflowEmulator.invoice(2001);
        assertThat(invoice.get("PaymentLines")).hasSize(1);
        JsonNode line = invoice.get("PaymentLines").get(0);
        assertThat(line.get("Note").asText()).isEqualTo(payment.transactionId());
        assertThat(line.get("Amount").decimalValue()).isEqualByComparingTo(payment.amount().amount());
        assertThat(line.get("AccountId").asInt()).isEqualTo(KashFlowWorld.BANK);
        assertThat(line.get("Method").asInt()).isEqualTo(KashFlowWorld.CARD_METHOD);
        assertThat(invoice.get("CustomerReference").asText()).isEqualTo(payment.transactionId());
        JsonNode customer = world.kashflowEmulator.customer("ADA01");
        assertThat(customer.get("ExtraText1").asText()).isEqualTo(payment.transactionId());
        assertThat(customer.get("ExtraText2").asText()).isEqualTo(payment.bankAuthCode()).isNotBlank();
        assertThat(customer.get("ExtraText3").asText()).isEqualTo(payment.cardType()).isNotBlank();
        // The fraud screen from Reporting's detail (t3mscore, t3maction): the emulator scores the postcode that did not match.
        assertThat(payment.fraudScore()).isEqualTo("20");
        assertThat(payment.fraudDecision()).isEqualTo("OK");
        assertThat(customer.get("ExtraText4").asText()).isEqualTo("20");
        assertThat(customer.get("ExtraText5").asText()).isEqualTo("OK");

        long soapBefore = world.kashflowEmulator.calls(c -> c.equals("SOAP InsertInvoicePayment"));
        assertThat(flows.payments().run(payment)).isInstanceOf(KashFlowOutcome.Posted.class);
        // A restarted host with an empty store finds it in KashFlow and posts nothing.
        assertThat(world.flows().payments().run(payment)).isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(world.kashflowEmulator.calls(c -> c.equals("SOAP InsertInvoicePayment"))).isEqualTo(soapBefore);
        assertThat(linesWith(2001, payment.transactionId())).isEqualTo(1);
    }

    @Test
    void faultsResetsExpiredSessionsAndAnOutageNeverPostTwiceOrLoseAPayment() {
        List<OpayoPayment> payments = day(12);
        world.kashflowEmulator.faults().seed(7).resetAfterProcessing(0.25).errorRate(0.15);
        InMemoryFlowStore store = new InMemoryFlowStore(world.clock);
        KashFlowWorld.Flows flows = world.flows(store, "runner-1", KashFlowWorld.settings(null));
        int rounds = 0;
        List<OpayoPayment> open = new ArrayList<>(payments);
        while (!open.isEmpty() && rounds++ < 30) {
            if (rounds == 2) {
                world.kashflowEmulator.expireSessions();
            }
            if (rounds == 3) {
                world.kashflowEmulator.faults().outage(40, 503);
            }
            if (rounds % 4 == 0) {
                // a restart that lost its store
                flows = world.flows(new InMemoryFlowStore(world.clock), "runner-" + rounds, KashFlowWorld.settings(null));
            }
            List<OpayoPayment> next = new ArrayList<>();
            for (OpayoPayment p : open) {
                KashFlowOutcome o = flows.payments().run(p);
                if (!(o instanceof KashFlowOutcome.Posted)) {
                    next.add(p);
                }
            }
            open = next;
            world.clock.advance(Duration.ofMinutes(5)); // leases of a lost runner lapse
        }
        world.kashflowEmulator.faults().clear();
        assertThat(open).as("payments still not posted after %d rounds", rounds).isEmpty();
        for (int i = 0; i < payments.size(); i++) {
            assertThat(linesWith(2001 + i, payments.get(i).transactionId())).as("invoice %d", 2001 + i).isEqualTo(1);
            assertThat(world.kashflowEmulator.invoice(2001 + i).get("PaymentLines")).hasSize(1);
        }
        assertThat(world.kashflowEmulator.calls(c -> c.equals("SOAP InsertInvoicePayment"))).isGreaterThanOrEqualTo(payments.size());
    }

    @Test
    void anOutageDeadLettersWithMoneyChargedAndTheRerunResolvesTheLetter() {
        OpayoPayment payment = day(1).get(0);
        InMemoryFlowStore store = new InMemoryFlowStore(world.clock);
        KashFlowWorld.Flows flows = world.flows(store, "runner-1", KashFlowWorld.settings(null));
        world.kashflowEmulator.faults().outage(1_000, 503);

        KashFlowOutcome down = flows.payments().run(payment);

        assertThat(down).isInstanceOf(KashFlowOutcome.DeadLettered.class);
        DeadLetter letter = store.deadLetter(DeadLetter.idOf(KashFlowPaymentFlow.NAME, payment.transactionId())).orElseThrow();
        assertThat(letter.money().movement()).isEqualTo(MoneyMoved.Movement.CHARGED);
        assertThat(letter.money().transactionId()).isEqualTo(payment.transactionId());
        world.kashflowEmulator.faults().clear();
        world.clock.advance(Duration.ofSeconds(5));

        assertThat(flows.payments().run(payment)).isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(store.deadLetter(letter.id()).orElseThrow().status()).isEqualTo(DeadLetter.Status.RESOLVED);
        assertThat(linesWith(2001, payment.transactionId())).isEqualTo(1);
    }

    @Test
    void aPaymentInAnotherCurrencyIsConvertedOnceAtTheHostsRate() {
        world.kashflowEmulator.seedCustomer("ADA01", "Ada Lovelace", "GB");
        world.kashflowEmulator.seedInvoice(2101, "ADA01", "GBP", new java.math.BigDecimal("100.00"), java.math.BigDecimal.ZERO);
        world.charge("SHOP.2101.1", 11667, "EUR");
        OpayoPayment euros = world.read("SHOP.2101.1", null);
        var rates = io.tillbridge.mapping.fx.ExchangeRateTable.builder().baseCurrency(java.util.Currency.getInstance("GBP"))
                .maxAge(java.time.Period.ofDays(3))
                .rate(io.tillbridge.mapping.fx.ExchangeRate.of("EUR", "GBP", "0.8571", euros.date().minusDays(1))).build();
        KashFlowWorld.Flows flows = world.flows(new InMemoryFlowStore(world.clock), "runner-1", KashFlowWorld.settings(rates));

        assertThat(flows.payments().run(euros)).isInstanceOf(KashFlowOutcome.Posted.class);

        // 116.67 EUR × 0.8571 = 99.997857 → 100.00 GBP, rounded once (HALF_EVEN).
        JsonNode line = world.kashflowEmulator.invoice(2101).get("PaymentLines").get(0);
        assertThat(line.get("Amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(world.kashflowEmulator.invoice(2101).get("Currency").get("Code").asText()).isEqualTo("GBP");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(io.tillbridge.flows.effect.EffectEngine.Boundary.class)
    void aRunnerKilledAtAnyBoundaryIsResumedOverTheSameStoreWithoutASecondPosting(
            io.tillbridge.flows.effect.EffectEngine.Boundary killAt) {
        OpayoPayment payment = day(1).get(0);
        InMemoryFlowStore store = new InMemoryFlowStore(world.clock);
        var killed = io.tillbridge.flows.effect.EffectEngine.builder(store).clock(world.clock).runner("doomed")
                .probe((boundary, key) -> {
                    if (boundary == killAt && key.effect().equals("invoice-payment")) {
                        throw new IllegalStateException("killed at " + boundary);
                    }
                }).build();
        KashFlowOutcome first = new KashFlowPaymentFlow(world.kashflow, killed, KashFlowWorld.settings(null)).run(payment);
        assertThat(first).isInstanceOf(KashFlowOutcome.DeadLettered.class);
        world.clock.advance(Duration.ofMinutes(5)); // the dead runner's lease lapses

        var resumed = io.tillbridge.flows.effect.EffectEngine.builder(store).clock(world.clock).runner("successor").build();
        assertThat(new KashFlowPaymentFlow(world.kashflow, resumed, KashFlowWorld.settings(null)).run(payment))
                .isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(linesWith(2001, payment.transactionId())).isEqualTo(1);
        assertThat(world.kashflowEmulator.invoice(2001).get("PaymentLines")).hasSize(1);
        assertThat(store.openDeadLetters()).isEmpty();
    }
}
