package io.tillbridge.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.examples.RunnerInstance;
import io.tillbridge.examples.SandboxWorld;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.runner.TillbridgeRunner;
import io.tillbridge.runner.ingest.InboundEvent;
import io.tillbridge.runner.ratelimit.SharedRateLimit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * End to end through the runner, against the emulators with realistic latency and Zoho's real limit, in
 * scaled time: Opayo answers every call after 300 ms, Zoho allows 100 requests a minute, and both are
 * compressed by {@link #SCALE} (so a Zoho "minute" lasts 3 s and an Opayo call 15 ms) to keep the run
 * short; every rate below is given back in real minutes. Half the orders arrive by webhook, half are
 * found by polling (once a real minute). On one instance and on three over one PostgreSQL database,
 * sharing one Zoho budget (Bucket4j on PostgreSQL).
 *
 * <p>The ceiling is Zoho's limit divided by the Zoho calls an order costs (measured in the run, polls
 * included), since Zoho's limit, not the hardware, bounds a shop's throughput. Orders a day per plan are
 * the plan's daily quota, less a reserve kept for the host, divided by the same calls per order.
 *
 * <p>Run as the README says (the classpath written by {@code dependency:build-classpath}, then
 * {@code java … RunnerThroughputProbe [orders] [directory]}); writes {@code results/runner.md}. Needs the
 * PostgreSQL of {@code TILLBRIDGE_TEST_PG_URL} (default: the local test database).
 */
public final class RunnerThroughputProbe {

    /** How much faster than real time the run goes. */
    static final int SCALE = 20;
    private static final int ZOHO_PER_MINUTE = 100;
    private static final Duration OPAYO_LATENCY = Duration.ofMillis(300);
    private static final int RESERVE = 100;

    /** One run's figures. */
    record Result(int instances, int orders, Map<String, Long> outcomes, long zohoCalls, int rateLimited, double realMinutes) {

        double callsPerOrder() {
            return (double) zohoCalls / orders;
        }

        double ordersPerMinute() {
            return orders / realMinutes;
        }

        double ceilingPerMinute() {
            return ZOHO_PER_MINUTE / callsPerOrder();
        }

        double ofCeiling() {
            return ordersPerMinute() / ceilingPerMinute();
        }
    }

    private RunnerThroughputProbe() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path out = Path.of(args.length > 1 ? args[1] : "results");
        List<Result> results = new ArrayList<>();
        for (int instances : new int[] {1, 3}) {
            Result r = run(instances, orders);
            results.add(r);
            System.out.println(line(r));
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("runner.md"), report(results));
        System.out.println("written " + out.resolve("runner.md").toAbsolutePath());
    }

    static Result run(int instanceCount, int orders) throws Exception {
        String url = System.getenv().getOrDefault("TILLBRIDGE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String schema = "tb_probe_" + Long.toHexString(System.nanoTime());
        try (HikariDataSource admin = pool(url, null, 2)) {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            try (HikariDataSource dataSource = pool(url, schema, 8 * instanceCount + 4)) {
                return run(dataSource, instanceCount, orders);
            } finally {
                try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    static Result run(javax.sql.DataSource dataSource, int instanceCount, int orders) throws Exception {
        Clock clock = Clock.systemUTC();
        FlowStore store = JdbcFlowStore.builder(dataSource).migrate(true).build();
        TillbridgeRunner.applySchema(dataSource);
        Duration zohoMinute = Duration.ofMinutes(1).dividedBy(SCALE);
        try (SandboxWorld world = new SandboxWorld(orders, 2026, clock, store)) {
            world.zohoEmulator.rateLimit(ZOHO_PER_MINUTE, zohoMinute);
            world.opayoEmulator.faults().latency(OPAYO_LATENCY.dividedBy(SCALE));
            // The product's Zoho budget (Spec.zoho(): 100 a minute, 2 at once), in scaled time.
            SharedRateLimit.Spec zoho = SharedRateLimit.Spec.zoho();
            SharedRateLimit.Spec spec = new SharedRateLimit.Spec(zoho.limit(), zohoMinute, zoho.burst());
            RunnerInstance.Settings settings = new RunnerInstance.Settings(8, Duration.ofMillis(20), Duration.ofSeconds(1),
                    Duration.ofMillis(500), zohoMinute, Duration.ofSeconds(10));
            Map<String, OrderOutcome> outcomes = new ConcurrentHashMap<>();
            List<RunnerInstance> instances = new ArrayList<>();
            for (int i = 0; i < instanceCount; i++) {
                SharedRateLimit budget = SharedRateLimit.postgres(dataSource, "zoho:" + SandboxWorld.class.getSimpleName(), spec, clock,
                        SharedRateLimit.Sleeper.REAL).reserving(RESERVE);
                instances.add(new RunnerInstance(world, dataSource, JdbcFlowStore.builder(dataSource).build(), budget, "probe-" + i,
                        clock, settings, outcomes::put, null));
            }
            try {
                // Half by webhook, delivered before the instances start so that the first poll does not find them first.
                List<String> byWebhook = world.salesOrders.subList(0, orders / 2);
                for (int i = 0; i < byWebhook.size(); i++) {
                    ObjectNode order = world.zohoEmulator.record("salesorders", byWebhook.get(i));
                    var reply = instances.get(i % instanceCount).ingress.handle("zoho", webhook(order));
                    if (reply.status() != 200) {
                        throw new IllegalStateException("webhook refused: " + reply.status() + " " + reply.body());
                    }
                }
                long start = System.nanoTime();
                instances.forEach(RunnerInstance::start);
                long deadline = start + Duration.ofMinutes(10).toNanos();
                while (outcomes.size() < orders && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                double scaledSeconds = (System.nanoTime() - start) / 1e9;
                long calls = instances.stream().mapToLong(i -> i.zohoCalls.get()).sum();
                Map<String, Long> kinds = new TreeMap<>(outcomes.values().stream()
                        .collect(Collectors.groupingBy(o -> o.getClass().getSimpleName(), Collectors.counting())));
                return new Result(instanceCount, outcomes.size(), kinds, calls, world.zohoEmulator.rateLimitedCalls(),
                        scaledSeconds * SCALE / 60.0);
            } finally {
                instances.forEach(RunnerInstance::close);
            }
        }
    }

    private static InboundEvent webhook(ObjectNode order) {
        ObjectNode body = order.objectNode();
        body.set("salesorder", order);
        return new InboundEvent(Map.of(RunnerInstance.WEBHOOK_HEADER, List.of(RunnerInstance.WEBHOOK_SECRET.reveal())),
                "event=salesorder.confirmed", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static HikariDataSource pool(String url, String schema, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setPoolName("tillbridge-probe");
        if (schema != null) {
            config.setSchema(schema);
        }
        return new HikariDataSource(config);
    }

    static String line(Result r) {
        return String.format(Locale.ROOT, "%d instance(s): %d orders %s, %d Zoho calls (%.2f per order), %d × 429, "
                        + "%.1f orders/min against a ceiling of %.1f (%.0f %%), %.1f real minutes",
                r.instances(), r.orders(), r.outcomes(), r.zohoCalls(), r.callsPerOrder(), r.rateLimited(), r.ordersPerMinute(),
                r.ceilingPerMinute(), 100 * r.ofCeiling(), r.realMinutes());
    }

    static String report(List<Result> results) {
        StringBuilder md = new StringBuilder();
        md.append("# Runner throughput against Zoho's limit\n\n");
        md.append("Measured ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(System.getProperty("java.version")).append(", by `RunnerThroughputProbe`. ")
                .append("Opayo answers after ").append(OPAYO_LATENCY.toMillis()).append(" ms, Zoho allows ").append(ZOHO_PER_MINUTE)
                .append(" requests a minute; time runs ").append(SCALE).append(" × fast and the figures are in real minutes. ")
                .append("Half the orders arrive by webhook, half are found by polling; the instances share one Zoho budget on PostgreSQL ")
                .append("(Bucket4j, `Spec.zoho()`: 100 a minute, 2 at once) with a reserve of ").append(RESERVE)
                .append(" requests of the daily quota kept for the host. Target: ≥ 90 % of the ceiling, 0 × 429.\n\n");
        md.append("| instances | orders | outcomes | Zoho calls | calls per order | 429s | orders/min | ceiling (100 ÷ calls per order) | of ceiling |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %d | %d | %s | %d | %.2f | %d | %.1f | %.1f | %.0f %% |%n", r.instances(), r.orders(),
                    r.outcomes(), r.zohoCalls(), r.callsPerOrder(), r.rateLimited(), r.ordersPerMinute(), r.ceilingPerMinute(),
                    100 * r.ofCeiling()));
        }
        md.append("\n## Zoho calls per order, by outcome\n\n");
        md.append("Counted by `ZohoCallsPerOrderTest` (examples, in `mvn -B verify`), requests that reach Zoho's API:\n\n");
        md.append("| order | by webhook | read by id (polling) |\n|---|---|---|\n");
        md.append("| paid | 2 (invoice, customer payment with the payment data in its custom fields) | 3 (+ the read) |\n");
        md.append("| declined | 2 (the order's fields are written by an update that carries its current lines: read + write) | 3 |\n");
        md.append("| held for review | 2 | 3 |\n");
        md.append("| finished before (a poll or webhook brings it back) | 0 | 0 |\n");
        md.append("| refund (credit note) | 4: the credit note and its invoice read, the refund and the restock written | |\n\n");
        md.append("A poll adds one list call per 200 changed orders, and one per poll when nothing changed.\n\n");
        md.append("## Orders a day per plan\n\n");
        md.append("Zoho's daily quota per organisation (reference §5; the figures published disagree, both are given), less the ")
                .append(RESERVE).append("-request reserve, divided by the calls per paid order:\n\n");
        md.append("| plan | daily quota | paid orders a day by webhook (2 calls) | by polling (3 calls) | at the measured mix |\n");
        md.append("|---|---|---|---|---|\n");
        double mix = results.isEmpty() ? 2.5 : results.get(results.size() - 1).callsPerOrder();
        for (Object[] plan : new Object[][] {{"Free", 1_000}, {"Standard", 2_000}, {"Standard (other source)", 2_500},
                {"Professional", 5_000}, {"Premium / Enterprise", 10_000}}) {
            int quota = (Integer) plan[1];
            int usable = quota - RESERVE;
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d |%n", plan[0], quota, usable / 2, usable / 3,
                    (long) (usable / mix)));
        }
        md.append("\nBefore this change a paid order cost about 7 Zoho calls (the read, an invoice lookup, the invoice, sometimes its ")
                .append("reference update, a payment lookup, the payment, and the custom fields, which the client writes as a read ")
                .append("plus an update): a Standard plan took about 280 orders a day.\n");
        md.append("When what is left of the day's quota falls to the reserve, every instance holds new work (and polls) until the ")
                .append("reset Zoho names; work under way finishes. `SharedRateLimitTest` and `DailyQuotaTest` check it.\n");
        return md.toString();
    }
}
