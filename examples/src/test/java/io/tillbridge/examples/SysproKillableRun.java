package io.tillbridge.examples;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.flows.syspro.CreditRequest;
import io.tillbridge.flows.syspro.Dunning;
import io.tillbridge.flows.syspro.OpayoBatches;
import io.tillbridge.flows.syspro.RecurringBilling;
import io.tillbridge.flows.syspro.Subscription;
import io.tillbridge.flows.syspro.SysproCreditFlow;
import io.tillbridge.flows.syspro.SysproOrderFlow;
import io.tillbridge.flows.syspro.SysproSettlementFlow;
import io.tillbridge.flows.syspro.SysproTarget;
import io.tillbridge.flows.syspro.WebOrder;
import io.tillbridge.mapping.model.Address;
import io.tillbridge.mapping.model.SettlementBatch;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.reconcile.Reconciler;
import io.tillbridge.mapping.risk.RiskPolicy;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.syspro.SysproClient;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The child process of {@link SysproProcessKillTest}: runs the SYSPRO flows for one paid web order
 * (SORTOI order, ARSTPY payment), its refund (credit note and its value), one recurring charge (Opayo
 * Repeat, ARSTPY payment) and the day's settlement batch (GENTJL journal), in that order, against the
 * parent's Opayo and SYSPRO e.net emulators on an H2 file store — and, when told to, stops at a named
 * boundary of a named effect: it writes a marker file there and waits to be killed.
 *
 * <p>Arguments: piUrl reportingUrl sysproUrl h2Directory now webTransactionId refundTransactionId
 * cardTransactionId flow/effect|- boundary|- markerFile|-
 */
public final class SysproKillableRun {

    static final String ORDER = "WEB-KILL-1";
    static final String REFUND = "RF-KILL-1";
    static final String SUBSCRIPTION = "GYM-1";
    static final String CUSTOMER = "000001";
    static final Money PAID = Money.of("49.98", "GBP");
    static final Money REFUNDED = Money.of("10.00", "GBP");
    static final Money MONTHLY = Money.of("25.00", "GBP");
    /** The clock of both processes: the emulators' and the flows' (SYSPRO's period 2026/3 is open). */
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private SysproKillableRun() {
    }

    public static void main(String[] args) throws Exception {
        EffectEngine.Probe probe = KillableRun.stopAt(args[8], args[9], args[10]);
        // Fixed, not the system clock: payment dates and GL periods stay in the emulator's open period, and the
        // restarted host (same runner id) takes its own lease back at once instead of waiting for it to expire.
        Clock clock = Clock.fixed(Instant.parse(args[4]), ZoneOffset.UTC);
        try (HikariDataSource dataSource = Demo.h2(Path.of(args[3]));
             OpayoClient opayo = SandboxWorld.opayoClient(args[0], args[1], clock);
             SysproClient client = SysproDemo.sysproClient(args[2])) {
            FlowStore store = JdbcFlowStore.builder(dataSource).clock(clock).migrate(true).build();
            EffectEngine engine = EffectEngine.builder(store).clock(clock).runner("kill-test-host").probe(probe).build();
            SysproTarget syspro = new SysproTarget(client);

            WebOrder order = new WebOrder(ORDER, args[5], PAID, CUSTOMER, "FG",
                    List.of(new WebOrder.Line("A100", new BigDecimal("2"), new BigDecimal("24.99"))),
                    new Address(List.of("1 Harbour Road"), "Bristol", null, "BS1 4DJ", "GB"), null, "Visa", "web", null, null);
            SysproOrderFlow orders = new SysproOrderFlow(syspro, engine, Map.of(ORDER, order)::get, new SysproOrderFlow.Settings(
                    RiskPolicy.defaults(), SysproDemo.GL, SysproOrderFlow.PaymentPosting.ON_PAYMENT, clock, ZoneOffset.UTC));
            System.out.println("OUTCOME order " + orders.run(ORDER));

            CreditRequest refund = new CreditRequest(REFUND, CreditRequest.Kind.REFUND, ORDER, args[5], PAID, REFUNDED, CUSTOMER,
                    null, args[6]);
            SysproCreditFlow credits = new SysproCreditFlow(syspro, engine, Map.of(REFUND, refund)::get, clock, ZoneOffset.UTC);
            System.out.println("OUTCOME credit " + credits.run(REFUND));

            RecurringBilling billing = new RecurringBilling(opayo, syspro, engine, Dunning.standard(),
                    (s, period, reason) -> System.out.println("NOTICE " + s.id() + " " + period + " " + reason), SysproDemo.GL,
                    ZoneOffset.UTC);
            // Saved by every process: an equal subscription already in the store is left as it is.
            if (!billing.save(new Subscription(SUBSCRIPTION, CUSTOMER, args[7], MONTHLY, TODAY, 1, 0, true))) {
                throw new IllegalStateException("the subscription book was busy");
            }
            System.out.println("OUTCOME recurring " + billing.chargeDue(SUBSCRIPTION, TODAY));

            Map<String, SettlementBatch> batches = new OpayoBatches(opayo, ZoneOffset.UTC).day(TODAY);
            SysproSettlementFlow settlement = new SysproSettlementFlow(syspro, engine, batches::get, Reconciler.builder().build(),
                    SysproSettlementFlow.Settings.monthly(SysproDemo.GL, "web", ZoneOffset.UTC));
            for (String batch : batches.keySet()) {
                System.out.println("OUTCOME settlement " + settlement.run(batch));
            }
        }
    }
}
