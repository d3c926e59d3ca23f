package io.tillbridge.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.runner.TillbridgeRunner;
import io.tillbridge.runner.ingest.EventIngress;
import io.tillbridge.runner.ratelimit.SharedRateLimit;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Two runner instances sharing a day's work against the emulators, on one H2 file: half the day's
 * confirmed orders arrive as Zoho webhooks over HTTP (each instance's {@link EventIngress} behind the
 * JDK's HTTP server), the rest are found by polling; Zoho's
 * limit is enforced by the emulator (its minute shortened to a second) and the instances draw on one
 * request budget; the day is then settled once. Prints what each instance did and what it cost in
 * Zoho calls.
 */
public final class RunnerDemo {

    private RunnerDemo() {
    }

    public static void main(String[] args) throws Exception {
        // As in Demo: java.util.logging (Hibernate Validator's banner) goes through SLF4J like everything else.
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        int orders = args.length > 0 && args[0].matches("\\d{1,4}") ? Integer.parseInt(args[0]) : 60;
        Path directory = Files.createTempDirectory("tillbridge-runner-demo-");
        run(System.out, Math.max(1, orders), directory);
    }

    static Map<String, OrderOutcome> run(PrintStream out, int orders, Path directory) throws InterruptedException {
        Clock clock = Clock.systemUTC();
        out.println("Tillbridge runner demo — two instances, one H2 file (" + directory.resolve("tillbridge.mv.db") + "), "
                + orders + " sales orders");
        Map<String, OrderOutcome> outcomes = new ConcurrentHashMap<>();
        try (HikariDataSource dataSource = Demo.h2(directory)) {
            TillbridgeRunner.applySchema(dataSource);
            FlowStore store = JdbcFlowStore.builder(dataSource).clock(clock).migrate(true).build();
            try (SandboxWorld world = new SandboxWorld(orders, 2026L, clock, store)) {
                world.zohoEmulator.rateLimit(100, Duration.ofSeconds(1));
                // One budget for the organisation, shared by both instances (in one process here; on
                // PostgreSQL, SharedRateLimit.postgres shares it between processes).
                SharedRateLimit budget = SharedRateLimit.local("zoho:" + SandboxWorld.ORG,
                        new SharedRateLimit.Spec(90, Duration.ofSeconds(1), 5), clock, SharedRateLimit.Sleeper.REAL);
                List<RunnerInstance> instances = List.of(
                        instance(world, dataSource, budget, "instance-1", clock, outcomes),
                        instance(world, dataSource, budget, "instance-2", clock, outcomes));
                try {
                    // Half the orders arrive as Zoho webhooks over HTTP, each instance behind its own server.
                    List<String> byWebhook = world.salesOrders.subList(0, orders / 2);
                    HttpClient http = HttpClient.newHttpClient();
                    try (IngressHttpServer first = new IngressHttpServer(instances.get(0).ingress, 1024 * 1024);
                         IngressHttpServer second = new IngressHttpServer(instances.get(1).ingress, 1024 * 1024)) {
                        for (int i = 0; i < byWebhook.size(); i++) {
                            ObjectNode order = world.zohoEmulator.record("salesorders", byWebhook.get(i));
                            ObjectNode body = order.objectNode();
                            body.set("salesorder", order);
                            URI to = URI.create((i % 2 == 0 ? first : second).events("zoho") + "?event=salesorder.confirmed");
                            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(to)
                                    .header(RunnerInstance.WEBHOOK_HEADER, RunnerInstance.WEBHOOK_SECRET.reveal())
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
                            if (answer.statusCode() != 200) {
                                out.println("webhook for " + byWebhook.get(i) + " answered " + answer.statusCode() + ": " + answer.body());
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
                    while (outcomes.size() < orders && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    world.opayoEmulator.closeBatch();
                    LocalDate today = LocalDate.now(clock);
                    instances.forEach(instance -> instance.runner.submitSettlement(today));
                    while (instances.get(0).runner.settlementReport(today).isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    print(out, world, instances, outcomes, today);
                } finally {
                    instances.forEach(RunnerInstance::close);
                }
            }
        }
        return outcomes;
    }

    private static RunnerInstance instance(SandboxWorld world, HikariDataSource dataSource, SharedRateLimit budget, String name,
                                           Clock clock, Map<String, OrderOutcome> outcomes) {
        FlowStore store = JdbcFlowStore.builder(dataSource).clock(clock).build();
        // Quick, but with a heartbeat a busy laptop keeps: neither instance is dead, so neither should look it.
        RunnerInstance.Settings settings = new RunnerInstance.Settings(4, Duration.ofMillis(50), Duration.ofSeconds(1),
                Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(10));
        return new RunnerInstance(world, dataSource, store, budget, name, clock, settings, outcomes::put, null).start();
    }

    private static void print(PrintStream out, SandboxWorld world, List<RunnerInstance> instances, Map<String, OrderOutcome> outcomes,
                              LocalDate today) {
        Map<String, Long> kinds = outcomes.values().stream()
                .collect(Collectors.groupingBy(o -> o.getClass().getSimpleName(), java.util.TreeMap::new, Collectors.counting()));
        out.println("Orders        " + outcomes.size() + " reached an outcome: " + kinds);
        int calls = 0;
        for (RunnerInstance instance : instances) {
            out.println("  " + instance.name + "    ran " + instance.ordersRun.get() + " orders, sent " + instance.zohoCalls.get()
                    + " Zoho requests, settled " + instance.settlementRuns.keySet());
            calls += instance.zohoCalls.get();
        }
        out.printf("Zoho          %d requests for %d orders (%.1f a order, polls and the settlement included), %d refused for "
                + "the rate limit%n", calls, outcomes.size(), calls / (double) Math.max(1, outcomes.size()), world.zohoEmulator.rateLimitedCalls());
        Map<String, Long> charges = world.opayoEmulator.transactions().stream()
                .collect(Collectors.groupingBy(t -> t.vendorTxCode(), Collectors.counting()));
        out.println("Opayo         " + charges.size() + " vendorTxCodes, " + charges.values().stream().filter(n -> n > 1).count()
                + " charged twice");
        out.println("Settlement    " + today + " ran " + instances.stream().mapToInt(i -> i.settlementRuns.getOrDefault(today, 0)).sum()
                + " time(s) across the instances");
    }
}
