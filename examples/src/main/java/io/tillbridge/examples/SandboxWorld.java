package io.tillbridge.examples;

import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.flows.ordertocash.CardSource;
import io.tillbridge.flows.ordertocash.ChallengeHandler;
import io.tillbridge.flows.ordertocash.CustomerNotifier;
import io.tillbridge.flows.ordertocash.InMemoryPaymentHistory;
import io.tillbridge.flows.ordertocash.OrderToCashFlow;
import io.tillbridge.flows.refund.RefundFlow;
import io.tillbridge.flows.settlement.SettlementFlow;
import io.tillbridge.flows.store.InMemoryDeadLetterQueue;
import io.tillbridge.flows.store.InMemoryIdempotencyStore;
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
import io.tillbridge.zoho.ZohoInventoryClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the demo and the end-to-end tests run on: the Opayo and Zoho emulators, clients pointed
 * at them, the three flows with in-memory stores, and a seeded day of business — customers in GBP,
 * EUR and JPY with good, declining, 3-D Secure and risky cards, items with stock, and confirmed
 * sales orders. Seeded from a number, so a run can be repeated exactly.
 */
public final class SandboxWorld implements AutoCloseable {

    static final String VENDOR = SandboxValues.OPAYO_VENDOR;
    static final String ORG = SandboxValues.ZOHO_ORGANIZATION_ID;

    public final OpayoEmulator opayoEmulator;
    public final ZohoEmulator zohoEmulator;
    public final OpayoClient opayo;
    public final ZohoInventoryClient zoho;
    public final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    public final InMemoryDeadLetterQueue deadLetters = new InMemoryDeadLetterQueue();
    public final InMemoryPaymentHistory history = new InMemoryPaymentHistory();
    public final OrderToCashFlow orderToCash;
    public final RefundFlow refunds;
    public final SettlementFlow settlement;
    public final List<String> salesOrders = new ArrayList<>();
    public final Set<String> notifiedFailures = ConcurrentHashMap.newKeySet();
    private final SandboxDay day;
    private final Clock clock;

    /** A seeded day; {@code orders} sales orders across currencies and card kinds. */
    public SandboxWorld(int orders, long seed, Clock clock) {
        this.clock = clock;
        opayoEmulator = SandboxValues.opayoEmulator(clock).start();
        zohoEmulator = SandboxValues.zohoEmulator(clock).start();
        // The emulated Zoho allows far more than 100 calls a minute so that a day runs in seconds.
        zohoEmulator.rateLimit(1_000_000, Duration.ofMinutes(1));
        day = SandboxDay.seed(zohoEmulator, orders, seed);
        salesOrders.addAll(day.salesOrders());
        RetrySettings fast = new RetrySettings(4, Duration.ofMillis(2), 2.0, Duration.ofMillis(20), Duration.ofSeconds(2));
        CircuitSettings tolerant = new CircuitSettings(200, 200, Duration.ofSeconds(1));
        opayo = OpayoClient.builder()
                .environment(OpayoEnvironment.custom(opayoEmulator.piUrl(), opayoEmulator.reportingUrl()))
                .vendorName(VENDOR)
                .integrationKey(Secret.of(SandboxValues.OPAYO_INTEGRATION_KEY))
                .integrationPassword(Secret.of(SandboxValues.OPAYO_INTEGRATION_PASSWORD))
                .reporting(SandboxValues.OPAYO_REPORTING_USER, Secret.of(SandboxValues.OPAYO_REPORTING_PASSWORD))
                .retry(fast).circuit(tolerant).requestTimeout(Duration.ofSeconds(5))
                .resolution(new TransactionService.Resolution(2, Duration.ofMillis(5)))
                .clock(clock)
                .build();
        zoho = ZohoInventoryClient.builder()
                .endpoints(URI.create(zohoEmulator.baseUrl()), URI.create(zohoEmulator.baseUrl()))
                .organizationId(ORG)
                .refreshToken(SandboxValues.ZOHO_CLIENT_ID, Secret.of(SandboxValues.ZOHO_CLIENT_SECRET),
                        Secret.of(SandboxValues.ZOHO_REFRESH_TOKEN))
                .rateLimit(1_000_000, Duration.ofMinutes(1), Duration.ofSeconds(5))
                .retry(fast).circuit(tolerant).requestTimeout(Duration.ofSeconds(5))
                .clock(clock)
                .build();
        OrderToCashFlow.Settings settings = new OrderToCashFlow.Settings(VendorTxCodes.withPrefix("TB"),
                RiskPolicy.defaults().toBuilder().highRiskCountries(Set.of("NG", "KP"), 25).build(),
                io.tillbridge.mapping.lines.LineAggregation.strict(), OrderToCashFlow.Settings.defaultFields(),
                "cf_payment_status", clock);
        CardSource cards = order -> {
            MerchantSessionKey key = opayo.merchantSessionKeys().create();
            var identifier = opayo.sandboxCardIdentifiers().create(key,
                    new SandboxCard("Demo Customer", day.cardOf(order.customerId()), SandboxValues.CARD_EXPIRY, SandboxValues.SECURITY_CODE));
            return CardPayment.saveForLater(key.key(), identifier.identifier());
        };
        ChallengeHandler challenges = challenge -> java.util.Optional.of(SandboxValues.THREE_D_SECURE_PASSWORD);
        CustomerNotifier notifier = (order, reason) -> notifiedFailures.add(order.id());
        orderToCash = new OrderToCashFlow(zoho, opayo, store, deadLetters, history, cards, challenges, notifier, settings);
        refunds = new RefundFlow(zoho, opayo, store, deadLetters, VendorTxCodes.withPrefix("TB"), clock);
        settlement = new SettlementFlow(zoho, opayo, Reconciler.builder().build());
    }

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
