package io.tillbridge.examples;

import io.tillbridge.client.Secret;
import io.tillbridge.client.http.ClientListener;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.ordertocash.OrderToCashFlow;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.runner.RunnerException;
import io.tillbridge.runner.TillbridgeRunner;
import io.tillbridge.runner.ingest.EventIngress;
import io.tillbridge.runner.ingest.ZohoWebhooksSource;
import io.tillbridge.runner.poll.ZohoSalesOrderFinder;
import io.tillbridge.runner.ratelimit.SharedRateLimit;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.webhook.ZohoWebhooks;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * One instance of a host, as a host wires it: its own Opayo and Zoho clients (the Zoho one drawing on the
 * organisation's shared request budget), its own flows and engine over the shared flow store, a
 * {@link TillbridgeRunner} on the shared database that polls Zoho for confirmed unpaid orders, takes
 * webhooks, settles each day once across all instances, and holds its work while Zoho's daily quota is
 * spent. Several of these over one database share a day's work.
 */
public final class RunnerInstance implements AutoCloseable {

    /** The shared secret the sandbox's Zoho webhooks carry in this header. */
    public static final String WEBHOOK_HEADER = "X-Tillbridge-Secret";
    public static final Secret WEBHOOK_SECRET = Secret.of("sandbox-webhook-shared-secret");

    public final String name;
    public final ZohoInventoryClient zoho;
    public final OpayoClient opayo;
    public final SandboxWorld.Flows flows;
    public final TillbridgeRunner runner;
    public final EventIngress ingress;
    /** Zoho requests this instance sent (attempts, retries included). */
    public final java.util.concurrent.atomic.AtomicInteger zohoCalls = new java.util.concurrent.atomic.AtomicInteger();
    /** Orders this instance brought to an outcome. */
    public final java.util.concurrent.atomic.AtomicInteger ordersRun = new java.util.concurrent.atomic.AtomicInteger();
    /** How many times this instance ran each day's settlement (the runner lets one instance run a day once). */
    public final Map<java.time.LocalDate, Integer> settlementRuns = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param outcomes told of every order outcome this instance reaches (for the demo's and tests' counts)
     * @param before   runs before each order (the tests use it to stop an instance abruptly); may be null
     */
    public RunnerInstance(SandboxWorld world, DataSource dataSource, FlowStore store, SharedRateLimit budget, String name,
                          Clock clock, Settings settings, BiConsumer<String, OrderOutcome> outcomes, Function<String, Boolean> before) {
        this.name = Objects.requireNonNull(name, "name");
        this.zoho = SandboxWorld.zohoClient(world.zohoEmulator.baseUrl(), clock, budget, new ClientListener() {
            @Override
            public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
                zohoCalls.incrementAndGet();
            }
        });
        this.opayo = SandboxWorld.opayoClient(world.opayoEmulator.piUrl(), world.opayoEmulator.reportingUrl(), clock);
        this.flows = world.flows(zoho, opayo, store, name, EffectEngine.Probe.NONE);
        this.runner = TillbridgeRunner.builder(dataSource).applySchema(true).instanceName(name).clock(clock)
                .threads(settings.threads()).pollingInterval(settings.pollingInterval())
                .heartbeat(settings.heartbeat(), 4).retryBackoff(settings.retryBackoff()).shutdownMaxWait(settings.shutdownWait())
                .holdWhile(budget::heldUntil)
                .work(TillbridgeRunner.ORDERS, (id, webhookBody) -> {
                    if (before != null && !before.apply(id)) {
                        return;
                    }
                    // A webhook carried the whole order (verified when it arrived): no need to read it from Zoho.
                    OrderOutcome outcome = webhookBody.map(ZohoWebhooksSource::salesOrderOf)
                            .map(order -> flows.orderToCash().run(order))
                            .orElseGet(() -> flows.orderToCash().run(id));
                    if (outcome instanceof OrderOutcome.Busy busy) {
                        // Another instance holds this order's lease (it may have died holding it): later, not now.
                        throw new RunnerException("order " + id + " is busy on another instance: " + busy.reason());
                    }
                    ordersRun.incrementAndGet();
                    outcomes.accept(id, outcome);
                })
                .find(TillbridgeRunner.ORDERS, new ZohoSalesOrderFinder(zoho, clock, Duration.ofDays(2)), settings.findEvery())
                // Credit notes to refund: by webhook at once; the poll reads the whole list (Zoho documents no filter), so seldom.
                .work(TillbridgeRunner.REFUNDS, id -> {
                    if (flows.refunds().run(id) instanceof io.tillbridge.flows.refund.RefundOutcome.Busy busy) {
                        throw new RunnerException("credit note " + id + " is busy on another instance: " + busy.reason());
                    }
                })
                .find(TillbridgeRunner.REFUNDS, new io.tillbridge.runner.poll.ZohoCreditNoteFinder(zoho, clock, Duration.ofDays(7)),
                        settings.findEvery().multipliedBy(20))
                // Dead letters are claimed (one instance each) and their orders run again: what a fault
                // interrupted is finished once the fault is gone; a letter a person must decide stays open.
                .replayDeadLetters(() -> {
                    for (DeadLetter letter : store.claimDue(name, Duration.ofMinutes(5), 20)) {
                        if (OrderToCashFlow.NAME.equals(letter.flow())) {
                            OrderOutcome outcome = flows.orderToCash().run(letter.subject());
                            if (!(outcome instanceof OrderOutcome.Busy)) {
                                outcomes.accept(letter.subject(), outcome);
                            }
                        } else if (io.tillbridge.flows.refund.RefundFlow.NAME.equals(letter.flow())) {
                            flows.refunds().run(letter.subject());
                        }
                    }
                }, settings.findEvery())
                .settleDaily(LocalTime.of(6, 0), 1)
                .settlement(day -> {
                    settlementRuns.merge(day, 1, Integer::sum);
                    return flows.settlement().run(day).toString();
                })
                .build();
        this.ingress = runner.ingress(Map.of("zoho",
                ZohoWebhooksSource.source(ZohoWebhooks.sharedSecretInHeader(WEBHOOK_SECRET, WEBHOOK_HEADER), TillbridgeRunner.ORDERS,
                        TillbridgeRunner.REFUNDS)),
                1024 * 1024);
    }

    /** Timings: production-like defaults, or quick ones for tests and the demo. */
    public record Settings(int threads, Duration pollingInterval, Duration heartbeat, Duration retryBackoff, Duration findEvery,
                           Duration shutdownWait) {

        public static Settings quick() {
            return new Settings(4, Duration.ofMillis(50), Duration.ofMillis(150), Duration.ofMillis(500), Duration.ofMillis(500),
                    Duration.ofSeconds(10));
        }
    }

    public RunnerInstance start() {
        runner.start();
        return this;
    }

    @Override
    public void close() {
        runner.close();
        zoho.close();
        opayo.close();
    }
}
