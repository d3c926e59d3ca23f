package io.tillbridge.examples;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.kashflow.KashFlowPaymentFlow;
import io.tillbridge.flows.kashflow.KashFlowRefundFlow;
import io.tillbridge.flows.kashflow.KashFlowSettings;
import io.tillbridge.flows.kashflow.OpayoPayment;
import io.tillbridge.flows.kashflow.OpayoPayments;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.opayo.OpayoClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The child process of {@link KashFlowProcessKillTest}: posts one Opayo payment to its KashFlow invoice
 * (invoice payment, the customer's and the invoice's metadata) and then its refund (the bank MoneyOut),
 * against the parent's Opayo and KashFlow emulators on an H2 file store — and, when told to, stops at a
 * named boundary of a named effect: it writes a marker file there and waits to be killed.
 *
 * <p>Arguments: piUrl reportingUrl kashflowRestUrl kashflowSoapUrl h2Directory now paymentVendorTxCode
 * refundVendorTxCode flow/effect|- boundary|- markerFile|-
 */
public final class KashFlowKillableRun {

    /** The clock of both processes. */
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private KashFlowKillableRun() {
    }

    public static void main(String[] args) throws Exception {
        EffectEngine.Probe probe = KillableRun.stopAt(args[8], args[9], args[10]);
        // Fixed: the restarted host (same runner id) takes its own lease back at once instead of waiting for it to expire.
        Clock clock = Clock.fixed(Instant.parse(args[5]), ZoneOffset.UTC);
        try (HikariDataSource dataSource = Demo.h2(Path.of(args[4]));
             OpayoClient opayo = SandboxWorld.opayoClient(args[0], args[1], clock);
             KashFlowClient kashflow = KashFlowDemo.kashflowClient(args[2], args[3], clock)) {
            FlowStore store = JdbcFlowStore.builder(dataSource).clock(clock).migrate(true).build();
            EffectEngine engine = EffectEngine.builder(store).clock(clock).runner("kill-test-host").probe(probe).build();
            KashFlowSettings settings = KashFlowDemo.settings();
            OpayoPayments reader = new OpayoPayments(opayo, ZoneId.of("Europe/London"));
            OpayoPayment payment = reader.read(args[6], null, null).orElseThrow();
            System.out.println("OUTCOME payment " + new KashFlowPaymentFlow(kashflow, engine, settings).run(payment));
            OpayoPayment refund = reader.read(args[7], payment.transactionId(), null).orElseThrow();
            System.out.println("OUTCOME refund " + new KashFlowRefundFlow(kashflow, engine, settings).run(refund, payment));
        }
    }
}
