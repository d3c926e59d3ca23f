package io.tillbridge.examples;

import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.ClientListener;
import io.tillbridge.client.http.RequestPermits;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.flows.ordertocash.CardSource;
import io.tillbridge.flows.ordertocash.ChallengeHandler;
import io.tillbridge.flows.ordertocash.CustomerNotifier;
import io.tillbridge.flows.ordertocash.InMemoryPaymentHistory;
import io.tillbridge.flows.ordertocash.OrderToCashFlow;
import io.tillbridge.flows.refund.RefundFlow;
import io.tillbridge.flows.settlement.SettlementFlow;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.mapping.reconcile.Reconciler;
import io.tillbridge.mapping.risk.RiskPolicy;
import io.tillbridge.mapping.vendortx.VendorTxCodes;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.opayo.session.MerchantSessionKey;
import io.tillbridge.opayo.session.SandboxCard;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.opayo.transactions.TransactionService;
import io.tillbridge.sandbox.SandboxDay;
import io.tillbridge.sandbox.SandboxValues;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import io.tillbridge.zoho.ZohoEnvironment;
import io.tillbridge.zoho.ZohoInventoryClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the demo and the end-to-end tests run on: the Opayo and Zoho emulators, clients pointed
 * at them, the three flows on a flow store (in memory unless one is given), and a seeded day of
 * business — customers in GBP, EUR and JPY with good, declining, 3-D Secure and risky cards, items
 * with stock, and confirmed sales orders. Seeded from a number, so a run can be repeated exactly.
 * {@link #flows} builds further runners over the same emulators, each with its own store handle.
 */
public final class SandboxWorld implements AutoCloseable {

    static final String VENDOR = SandboxValues.OPAYO_VENDOR;
    static final String ORG = SandboxValues.ZOHO_ORGANIZATION_ID;

    public final OpayoEmulator opayoEmulator;
    public final ZohoEmulator zohoEmulator;
    public final OpayoClient opayo;
    public final ZohoInventoryClient zoho;
    public final FlowStore store;
    public final EffectEngine engine;
    public final InMemoryPaymentHistory history = new InMemoryPaymentHistory();
    public final OrderToCashFlow orderToCash;
    public final RefundFlow refunds;
    public final SettlementFlow settlement;
    public final List<String> salesOrders = new ArrayList<>();
    public final Set<String> notifiedFailures = ConcurrentHashMap.newKeySet();
    /** How many times each order's customer was told their payment failed. */
    public final Map<String, Integer> notices = new ConcurrentHashMap<>();
    private final SandboxDay day;
    private final Clock clock;

    /** A seeded day; {@code orders} sales orders across currencies and card kinds; flows on an in-memory store. */
    public SandboxWorld(int orders, long seed, Clock clock) {
        this(orders, seed, clock, new InMemoryFlowStore(clock));
    }

    /** A seeded day whose flows keep their records in this store. */
    public SandboxWorld(int orders, long seed, Clock clock, FlowStore store) {
        this.clock = clock;
        this.store = store;
        opayoEmulator = SandboxValues.opayoEmulator(clock).start();
        zohoEmulator = SandboxValues.zohoEmulator(clock).start();
        // The emulated Zoho allows far more than 100 calls a minute so that a day runs in seconds.
        zohoEmulator.rateLimit(1_000_000, Duration.ofMinutes(1));
        opayo = opayoClient(opayoEmulator.piUrl(), opayoEmulator.reportingUrl(), clock);
        zoho = zohoClient(zohoEmulator.baseUrl(), clock);
        Flows flows = flows(store, "sandbox-runner", EffectEngine.Probe.NONE);
        engine = flows.engine();
        orderToCash = flows.orderToCash();
        refunds = flows.refunds();
        settlement = flows.settlement();
        day = SandboxDay.seed(zohoEmulator, orders, seed);
        salesOrders.addAll(day.salesOrders());
    }

    /** One runner's flows. */
    public record Flows(EffectEngine engine, OrderToCashFlow orderToCash, RefundFlow refunds, SettlementFlow settlement) {
    }

    /** Flows for another runner over the same emulators and clients: its own engine (and lease owner) on this store. */
    public Flows flows(FlowStore over, String runner, EffectEngine.Probe probe) {
        return flows(zoho, opayo, over, runner, probe);
    }

    /** Flows for another runner with clients of its own (another instance, say), on this day's emulators and cards. */
    public Flows flows(ZohoInventoryClient zoho, OpayoClient opayo, FlowStore over, String runner, EffectEngine.Probe probe) {
        CardSource cards = order -> {
            MerchantSessionKey key = opayo.merchantSessionKeys().create();
            var identifier = opayo.sandboxCardIdentifiers().create(key,
                    new SandboxCard("Demo Customer", day.cardOf(order.customerId()), SandboxValues.CARD_EXPIRY, SandboxValues.SECURITY_CODE));
            return CardPayment.saveForLater(key.key(), identifier.identifier());
        };
        CustomerNotifier notifier = (order, reason) -> {
            notifiedFailures.add(order.id());
            notices.merge(order.id(), 1, Integer::sum);
        };
        return flows(zoho, opayo, over, runner, probe, clock, cards, notifier, history);
    }

    /** The three flows on one engine, as a host wires them. */
    public static Flows flows(ZohoInventoryClient zoho, OpayoClient opayo, FlowStore store, String runner, EffectEngine.Probe probe,
                              Clock clock, CardSource cards, CustomerNotifier notifier, InMemoryPaymentHistory history) {
        EffectEngine engine = EffectEngine.builder(store).clock(clock).runner(runner).probe(probe).build();
        OrderToCashFlow.Settings settings = new OrderToCashFlow.Settings(VendorTxCodes.withPrefix("TB"),
                RiskPolicy.defaults().toBuilder().highRiskCountries(Set.of("NG", "KP"), 25).build(),
                io.tillbridge.mapping.lines.LineAggregation.strict(), OrderToCashFlow.Settings.defaultFields(),
                "cf_payment_status", clock, OrderToCashFlow.Settings.UK);
        ChallengeHandler challenges = challenge -> java.util.Optional.of(SandboxValues.THREE_D_SECURE_PASSWORD);
        return new Flows(engine, new OrderToCashFlow(zoho, opayo, engine, history, cards, challenges, notifier, settings),
                new RefundFlow(zoho, opayo, engine, VendorTxCodes.withPrefix("TB"), clock, settings.businessZone()),
                new SettlementFlow(zoho, opayo, Reconciler.builder().build(), settings.businessZone()));
    }

    /** An Opayo client on the emulator, with fast retries and lookups so that a day runs in seconds. */
    public static OpayoClient opayoClient(String piUrl, String reportingUrl, Clock clock) {
        return OpayoClient.builder()
                .environment(OpayoEnvironment.custom(piUrl, reportingUrl))
                .vendorName(VENDOR)
                .integrationKey(Secret.of(SandboxValues.OPAYO_INTEGRATION_KEY))
                .integrationPassword(Secret.of(SandboxValues.OPAYO_INTEGRATION_PASSWORD))
                .reporting(SandboxValues.OPAYO_REPORTING_USER, Secret.of(SandboxValues.OPAYO_REPORTING_PASSWORD))
                .retry(FAST).circuit(TOLERANT).requestTimeout(Duration.ofSeconds(5))
                .resolution(new TransactionService.Resolution(2, Duration.ofMillis(5)))
                .clock(clock)
                .build();
    }

    /** A Zoho client on the emulator. */
    public static ZohoInventoryClient zohoClient(String baseUrl, Clock clock) {
        return zohoClientBuilder(baseUrl, clock).rateLimit(1_000_000, Duration.ofMinutes(1), Duration.ofSeconds(5)).build();
    }

    /** A Zoho client on the emulator whose rate limit is shared with other instances (the runner's). */
    public static ZohoInventoryClient zohoClient(String baseUrl, Clock clock, RequestPermits shared, ClientListener listener) {
        return zohoClientBuilder(baseUrl, clock).rateLimit(shared, Duration.ofMinutes(2)).listener(listener).build();
    }

    private static ZohoInventoryClient.Builder zohoClientBuilder(String baseUrl, Clock clock) {
        return ZohoInventoryClient.builder()
                .environment(ZohoEnvironment.custom(URI.create(baseUrl), URI.create(baseUrl)))
                .organizationId(ORG)
                .refreshToken(SandboxValues.ZOHO_CLIENT_ID, Secret.of(SandboxValues.ZOHO_CLIENT_SECRET),
                        Secret.of(SandboxValues.ZOHO_REFRESH_TOKEN))
                .retry(FAST).circuit(TOLERANT).requestTimeout(Duration.ofSeconds(5))
                .clock(clock);
    }

    private static final RetrySettings FAST = new RetrySettings(4, Duration.ofMillis(2), 2.0, Duration.ofMillis(20), Duration.ofSeconds(2));
    private static final CircuitSettings TOLERANT = new CircuitSettings(200, 200, Duration.ofSeconds(1));

    /** The test card a customer pays with. */
    public String cardOf(String customerId) {
        return day.cardOf(customerId);
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        opayo.close();
        zoho.close();
        opayoEmulator.close();
        zohoEmulator.close();
    }
}
