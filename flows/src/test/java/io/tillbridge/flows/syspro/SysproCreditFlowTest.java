package io.tillbridge.flows.syspro;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.sandbox.syspro.SysproBooks;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class SysproCreditFlowTest {

    private final Map<String, CreditRequest> credits = new ConcurrentHashMap<>();

    private CreditRequest credit(String id, CreditRequest.Kind kind, String amount, String invoice) {
        CreditRequest credit = new CreditRequest(id, kind, "TB-WEB-1", "TX-TB-WEB-1", Money.of("59.98", "GBP"),
                Money.of(amount, "GBP"), "000001", invoice, kind == CreditRequest.Kind.REFUND ? "TX-" + id : null);
        credits.put(id, credit);
        return credit;
    }

    SysproCreditFlow flow(SysproWorld world, EffectEngine engine) {
        return new SysproCreditFlow(new SysproTarget(world.client), engine, credits::get, world.clock, ZoneOffset.UTC);
    }

    @Test
    void creditsOnceEachAndNeverAboveWhatWasPaidUnderResetsAndAnEmptiedStore() {
        try (SysproWorld world = new SysproWorld()) {
            credit("RF-1", CreditRequest.Kind.REFUND, "20.00", "100466");
            credit("CB-1", CreditRequest.Kind.CHARGEBACK, "30.00", null);
            credit("RF-2", CreditRequest.Kind.REFUND, "10.00", "100466");
            world.emulator.faults().seed(3).resetAfterProcessing(0.5)
                    .only(r -> SysproWorld.businessObject("SORTCL").test(r) || SysproWorld.businessObject("SORTCH").test(r));
            SysproCreditFlow flow = flow(world, world.engine("runner-a"));
            assertThat(flow.run("RF-1")).isInstanceOf(SysproOutcome.Done.class);
            assertThat(flow.run("CB-1")).isInstanceOf(SysproOutcome.Done.class);
            SysproOutcome above = flow.run("RF-2");
            assertThat(above).isInstanceOf(SysproOutcome.DeadLettered.class);
            assertThat(((SysproOutcome.DeadLettered) above).reason()).contains("EXCEEDS_REFUNDABLE").contains("refunded GBP 10.00");
            assertThat(flow.credited("TB-WEB-1", Money.of("1", "GBP").currency())).isEqualTo(Money.of("50.00", "GBP"));
            world.emulator.faults().clear();

            // Replays, and a host that lost its store: found, not credited again; the counter is rebuilt from what is found.
            assertThat(flow.run("RF-1")).isInstanceOf(SysproOutcome.Done.class);
            SysproCreditFlow fresh = flow(world, EffectEngine.builder(new InMemoryFlowStore(world.clock)).clock(world.clock)
                    .runner("runner-b").build());
            assertThat(fresh.run("RF-1")).isInstanceOf(SysproOutcome.Done.class);
            assertThat(fresh.run("CB-1")).isInstanceOf(SysproOutcome.Done.class);
            assertThat(fresh.credited("TB-WEB-1", Money.of("1", "GBP").currency())).isEqualTo(Money.of("50.00", "GBP"));

            var notes = world.emulator.books().salesOrders().stream().filter(o -> o.documentType().equals("C")).toList();
            assertThat(notes).extracting(SysproBooks.SalesOrder::customerPoNumber).containsExactlyInAnyOrder("RF-1", "CB-1");
            assertThat(notes).filteredOn(n -> n.customerPoNumber().equals("RF-1")).singleElement()
                    .satisfies(n -> assertThat(n.creditedInvoice()).isEqualTo("100466"));
            assertThat(world.emulator.calls("SORTCH")).isEqualTo(2);
            assertThat(world.emulator.calls("SORTCL")).isEqualTo(2);
            // SYSPRO's amount agrees with ours: each note holds one value line of exactly the credit.
            assertThat(notes).filteredOn(n -> n.customerPoNumber().equals("RF-1")).singleElement()
                    .satisfies(n -> assertThat(n.value()).isEqualByComparingTo("20.00"));
            assertThat(notes).filteredOn(n -> n.customerPoNumber().equals("CB-1")).singleElement()
                    .satisfies(n -> assertThat(n.lines()).singleElement().satisfies(l -> {
                        assertThat(l.warehouse()).isEqualTo("**");
                        assertThat(l.stockCode()).isEqualTo("OPAYO-CREDIT");
                        assertThat(l.price()).isEqualByComparingTo("30.00");
                    }));
        }
    }

    @Test
    void aCreditNoteHoldingAnotherValueIsHeldForAPersonNotToppedUp() {
        try (SysproWorld world = new SysproWorld()) {
            credit("RF-9", CreditRequest.Kind.REFUND, "20.00", null);
            SysproCreditFlow flow = flow(world, world.engine("runner-a"));
            // Someone keyed the credit note by hand, with a different value, before the flow ran.
            String note = world.client.salesOrders().creditNote(io.tillbridge.syspro.orders.CreditNoteRequest.header("000001", "RF-9",
                    java.time.LocalDate.of(2026, 3, 2))).resultOrThrow().creditNote();
            world.client.salesOrders().addCreditNoteLine(io.tillbridge.syspro.orders.CreditNoteLine.value(note, "MANUAL", "by hand",
                    new java.math.BigDecimal("25.00"))).resultOrThrow();
            SysproOutcome outcome = flow.run("RF-9");
            assertThat(outcome).isInstanceOf(SysproOutcome.Held.class);
            assertThat(((SysproOutcome.Held) outcome).reason()).contains("holds 25.00").contains("not the credit's 20.00");
            assertThat(world.emulator.calls("SORTCL")).isEqualTo(1);
            assertThat(flow.credited("TB-WEB-1", Money.of("1", "GBP").currency())).isEqualTo(Money.of("0.00", "GBP"));
        }
    }

    @Test
    void aSecondCreditOfThePaymentWaitsForTheFirstsCheckAndThenSeesItsReservation() {
        try (SysproWorld world = new SysproWorld()) {
            credit("RF-A", CreditRequest.Kind.REFUND, "40.00", null);
            credit("RF-B", CreditRequest.Kind.REFUND, "40.00", null);
            Map<String, SysproOutcome> during = new ConcurrentHashMap<>();
            EffectEngine other = world.engine("runner-b");
            SysproCreditFlow second = flow(world, other);
            // Runner a stops inside its check-and-reserve (the check passed, the reservation not yet recorded); runner b runs then.
            EffectEngine first = EffectEngine.builder(world.store).clock(world.clock).runner("runner-a").probe((boundary, key) -> {
                if (boundary == EffectEngine.Boundary.BEFORE_SEND && key.flow().equals(SysproCreditFlow.PAYMENTS)
                        && during.isEmpty()) {
                    during.put("inside", second.run("RF-B"));
                }
            }).build();
            assertThat(flow(world, first).run("RF-A")).isInstanceOf(SysproOutcome.Done.class);
            assertThat(during.get("inside")).isInstanceOf(SysproOutcome.Held.class);
            assertThat(((SysproOutcome.Held) during.get("inside")).reason()).contains("being checked");
            assertThat(world.store.openDeadLetters()).extracting(io.tillbridge.flows.store.DeadLetter::subject).containsExactly("RF-B");
            SysproOutcome after = second.run("RF-B");
            assertThat(after).isInstanceOf(SysproOutcome.DeadLettered.class);
            assertThat(((SysproOutcome.DeadLettered) after).reason()).contains("EXCEEDS_REFUNDABLE");
            assertThat(world.emulator.calls("SORTCH")).isEqualTo(1);
            assertThat(flow(world, first).reserved("TB-WEB-1", Money.of("1", "GBP").currency())).isEqualTo(Money.of("40.00", "GBP"));
        }
    }
}
