package io.tillbridge.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.refund.RefundOutcome;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.reconcile.Discrepancy;
import io.tillbridge.mapping.reconcile.ReconciliationReport;
import io.tillbridge.sandbox.opayo.EmulatedTransaction;
import io.tillbridge.zoho.model.Inputs;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The order-to-cash demo: a day of business against the embedded emulators — no credentials, no
 * network. Seeds 200 confirmed sales orders in GBP, EUR and JPY with good, declining, 3-D Secure and
 * risky cards; charges them with 5 % of Opayo answers lost after the payment was taken; refunds some;
 * closes the day's settlement batch and reconciles it against Zoho; then runs the whole day again
 * through a new store handle over the same H2 file, as a restarted host would, and shows that the
 * second run had no second effect. The flow store is an embedded H2 database in a new directory (or
 * the one given as the second argument).
 */
public final class Demo {

    static final int MAX_ORDERS = 100_000;
    static final String USAGE = "usage: mvn -B -q -pl examples exec:java [-Dexec.args=\"ORDERS [STORE_DIR]\"]"
            + "   (ORDERS: how many sales orders, 1 to " + MAX_ORDERS + "; default 200; STORE_DIR: where the H2 flow store"
            + " is kept; default a new temporary directory)";

    private Demo() {
    }

    public static void main(String[] args) {
        // Libraries that log through java.util.logging (Hibernate Validator's start-up banner) go
        // through SLF4J like everything else, at the level simplelogger.properties sets.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        OptionalInt orders = orders(args);
        if (orders.isEmpty()) {
            System.err.println(refusal(args));
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (LiveRun.configured(System.getenv())) {
            System.out.println("Tillbridge order-to-cash against the services named in the environment");
            LiveRun.run(System.getenv(), System.out, Clock.systemUTC());
            return;
        }
        List<String> missing = LiveRun.missing(System.getenv());
        if (missing.size() < LiveRun.REQUIRED.size()) {
            // Some credentials are set: say why this is still the emulator run rather than guess.
            System.out.println("Not running against real services: " + String.join(", ", missing) + " not set");
        }
        try {
            // The flow store's H2 file: a directory named as the second argument, else a fresh one.
            Path directory = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("tillbridge-demo-");
            run(System.out, orders.getAsInt(), 2026L, directory);
            KashFlowDemo.run(System.out, Math.min(orders.getAsInt(), 40), 2026L);
            SysproDemo.run(System.out, 2026L, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of orders the arguments ask for (200 when none), or empty when they are not one whole number in range. */
    static OptionalInt orders(String[] args) {
        if (args.length == 0) {
            return OptionalInt.of(200);
        }
        if (args.length > 2 || !args[0].matches("\\d{1,6}")) {
            return OptionalInt.empty();
        }
        int orders = Integer.parseInt(args[0]);
        return orders >= 1 && orders <= MAX_ORDERS ? OptionalInt.of(orders) : OptionalInt.empty();
    }

    /** What is wrong with arguments {@link #orders} refused. */
    static String refusal(String[] args) {
        return args.length > 2 ? "Demo: at most two arguments expected (orders, store directory), got " + args.length
                : "Demo: '" + args[0] + "' is not a number of orders from 1 to " + MAX_ORDERS;
    }

    /** The H2 file the flow store keeps its records in, pooled as a host would (HikariCP). */
    static HikariDataSource h2(Path directory) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("tillbridge").toAbsolutePath());
        config.setMaximumPoolSize(4);
        config.setPoolName("tillbridge-demo");
        return new HikariDataSource(config);
    }

    static Summary run(PrintStream out, int orders, long seed, Path storeDirectory) {
        out.println("Tillbridge order-to-cash demo — Opayo + Zoho Inventory emulators on 127.0.0.1, " + orders + " sales orders");
        out.println("Flow store    H2 file " + storeDirectory.resolve("tillbridge.mv.db"));
        Clock clock = Clock.systemUTC();
        try (HikariDataSource dataSource = h2(storeDirectory);
             SandboxWorld world = new SandboxWorld(orders, seed, clock,
                     JdbcFlowStore.builder(dataSource).clock(clock).migrate(true).build())) {
            world.opayoEmulator.faults().seed(seed).resetAfterProcessing(0.05)
                    .only(request -> request.method().equals("POST") && request.path().equals("/api/v1/transactions"));

            Map<String, OrderOutcome> outcomes = new LinkedHashMap<>();
            for (int i = 0; i < world.salesOrders.size(); i++) {
                String order = world.salesOrders.get(i);
                outcomes.put(order, world.orderToCash.run(order));
                progress(out, "order to cash", i + 1, world.salesOrders.size());
            }
            world.opayoEmulator.faults().clear();

            List<RefundOutcome> refunds = refundSome(world, outcomes);
            progress(out, "refunds", refunds.size(), refunds.size());

            // Someone deletes one recorded payment in Zoho: reconciliation has to notice.
            outcomes.values().stream().filter(o -> o instanceof OrderOutcome.Paid).skip(3).findFirst()
                    .ifPresent(o -> world.zoho.customerPayments().delete(((OrderOutcome.Paid) o).paymentId()));
            world.opayoEmulator.closeBatch();
            ReconciliationReport report = world.settlement.run(LocalDate.now(clock.withZone(
                    io.tillbridge.flows.ordertocash.OrderToCashFlow.Settings.UK)));
            progress(out, "settlement", 1, 1);

            // The same day again, through a second pool, store and engine over the same H2 file: a restarted host.
            Effects before = Effects.in(world);
            try (HikariDataSource again = h2(storeDirectory)) {
                SandboxWorld.Flows second = world.flows(JdbcFlowStore.builder(again).clock(clock).build(), "demo-second-run",
                        io.tillbridge.flows.effect.EffectEngine.Probe.NONE);
                world.salesOrders.forEach(second.orderToCash()::run);
                refunds.forEach(r -> second.refunds().run(r.creditNoteId()));
            }
            Effects after = Effects.in(world);
            progress(out, "second run", 1, 1);

            Summary summary = new Summary(outcomes, refunds, report, world.opayoEmulator.transactions(),
                    world.store.openDeadLetters().size(), after.minus(before));
            summary.print(out);
            return summary;
        }
    }

    /** What the systems hold: Opayo transactions, Zoho invoices, payments, credit-note refunds and adjustments, notices. */
    record Effects(int transactions, int invoices, int payments, int refunds, int adjustments, int notices) {
        static Effects in(SandboxWorld world) {
            int refunds = world.zohoEmulator.records("creditnotes").stream().mapToInt(n -> n.path("refunds").size()).sum();
            return new Effects(world.opayoEmulator.transactions().size(), world.zohoEmulator.records("invoices").size(),
                    world.zohoEmulator.records("customerpayments").size(), refunds,
                    world.zohoEmulator.records("inventoryadjustments").size(),
                    world.notices.values().stream().mapToInt(Integer::intValue).sum());
        }

        Effects minus(Effects o) {
            return new Effects(transactions - o.transactions, invoices - o.invoices, payments - o.payments, refunds - o.refunds,
                    adjustments - o.adjustments, notices - o.notices);
        }

        int total() {
            return transactions + invoices + payments + refunds + adjustments + notices;
        }
    }

    /** Every tenth paid order gets a one-item credit note; one asks for far more than was paid. */
    private static List<RefundOutcome> refundSome(SandboxWorld world, Map<String, OrderOutcome> outcomes) {
        List<RefundOutcome> results = new ArrayList<>();
        List<OrderOutcome.Paid> paid = outcomes.values().stream().filter(o -> o instanceof OrderOutcome.Paid)
                .map(o -> (OrderOutcome.Paid) o).toList();
        for (int i = 0; i < paid.size(); i += 10) {
            OrderOutcome.Paid order = paid.get(i);
            JsonNode stored = world.zohoEmulator.record("salesorders", order.salesOrderId());
            JsonNode line = stored.path("line_items").get(0);
            BigDecimal quantity = i == 0 ? new BigDecimal("500") : BigDecimal.ONE; // the first is an over-refund
            var note = world.zoho.creditNotes().createForInvoice(new Inputs.CreditNoteInput(stored.path("customer_id").asText(),
                    LocalDate.now(world.clock()), null, "Return of " + stored.path("salesorder_number").asText(),
                    List.of(new Inputs.CreditNoteLineInput(line.path("item_id").asText(), line.path("name").asText(), null,
                            line.path("rate").decimalValue(), quantity, null, null, null, null)), null), order.invoiceId());
            results.add(world.refunds.run(note.creditnoteId()));
        }
        return results;
    }

    private static void progress(PrintStream out, String stage, int done, int total) {
        Progress.of(out).report(stage, done, total);
    }

    /** What the day came to. */
    record Summary(Map<String, OrderOutcome> outcomes, List<RefundOutcome> refunds, ReconciliationReport report,
                   List<EmulatedTransaction> transactions, int deadLetters, Effects secondRun) {

        long count(Class<?> kind) {
            return outcomes.values().stream().filter(kind::isInstance).count();
        }

        long refunded() {
            return refunds.stream().filter(r -> r instanceof RefundOutcome.Refunded).count();
        }

        /** vendorTxCodes Opayo recorded more than once: must be zero. */
        long duplicateCharges() {
            return transactions.stream().collect(Collectors.groupingBy(EmulatedTransaction::vendorTxCode, Collectors.counting()))
                    .values().stream().filter(n -> n > 1).count();
        }

        void print(PrintStream out) {
            out.println();
            out.println("Orders        paid " + count(OrderOutcome.Paid.class) + ", declined " + count(OrderOutcome.Declined.class)
                    + ", held for review " + count(OrderOutcome.Held.class) + ", dead-lettered " + count(OrderOutcome.DeadLettered.class));
            outcomes.values().stream().filter(o -> o instanceof OrderOutcome.Declined)
                    .collect(Collectors.groupingBy(o -> ((OrderOutcome.Declined) o).reason(), Collectors.counting()))
                    .forEach((reason, n) -> out.println("              " + n + " x " + reason));
            out.println("Refunds       refunded " + refunded() + ", sent to manual review " + (refunds.size() - refunded()));
            out.println("Opayo         " + transactions.size() + " transactions, " + duplicateCharges()
                    + " vendorTxCodes charged twice (5% of answers were lost after the charge)");
            out.println("Dead letters  " + deadLetters + " waiting for a person");
            out.println("Second run    of the same day over the same store: " + secondRun.transactions() + " new Opayo transactions, "
                    + secondRun.invoices() + " new invoices, " + secondRun.payments() + " new Zoho payments, " + secondRun.refunds()
                    + " new refunds, " + secondRun.adjustments() + " new stock adjustments, " + secondRun.notices()
                    + " customers told again");
            out.println("Settlement    payments minus refunds per currency:");
            new java.util.TreeMap<>(report.settlementNet().entrySet().stream().collect(Collectors.toMap(
                    e -> e.getKey().getCurrencyCode(), Map.Entry::getValue))).forEach((code, net) -> out.println("                " + net + "   (Zoho records "
                    + report.ledgerNet().getOrDefault(net.currency(), Money.zero(net.currency())) + ", difference "
                    + report.difference(net.currency()) + ")"));
            out.println("Reconciliation " + report.discrepancies().size() + " discrepancies");
            for (Discrepancy d : report.discrepancies().stream().limit(5).toList()) {
                out.println("                " + d.outcome() + " " + d.side() + " " + (d.transactionId() == null ? d.vendorTxCode()
                        : d.transactionId()) + " " + d.amount());
            }
        }
    }
}
