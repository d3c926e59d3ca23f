package io.tillbridge.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.opayo.SandboxCards;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import io.tillbridge.zoho.ZohoEnvironment;
import io.tillbridge.zoho.ZohoInventoryClient;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the demo and the end-to-end tests run on: the Opayo and Zoho emulators, clients pointed
 * at them, the three flows with in-memory stores, and a seeded day of business — customers in GBP,
 * EUR and JPY with good, declining, 3-D Secure and risky cards, items with stock, and confirmed
 * sales orders. Seeded from a number, so a run can be repeated exactly.
 */
public final class SandboxWorld implements AutoCloseable {

    static final String VENDOR = "sandbox";
    static final String ORG = "20071234567";
    private static final ObjectMapper JSON = new ObjectMapper();

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
    private final Map<String, String> cardOf = new ConcurrentHashMap<>();
    private final Clock clock;

    /** A seeded day; {@code orders} sales orders across currencies and card kinds. */
    public SandboxWorld(int orders, long seed, Clock clock) {
        this.clock = clock;
        opayoEmulator = new OpayoEmulator(VENDOR, "integration-key", "integration-password", "reporter", "reporting-password", clock).start();
        zohoEmulator = new ZohoEmulator(ORG, "1000.DEMO", "client-secret", "refresh-token", clock).start();
        // The emulated Zoho allows far more than 100 calls a minute so that a day runs in seconds.
        zohoEmulator.rateLimit(1_000_000, Duration.ofMinutes(1));
        RetrySettings fast = new RetrySettings(4, Duration.ofMillis(2), 2.0, Duration.ofMillis(20), Duration.ofSeconds(2));
        CircuitSettings tolerant = new CircuitSettings(200, 200, Duration.ofSeconds(1));
        opayo = OpayoClient.builder()
                .environment(OpayoEnvironment.custom(opayoEmulator.piUrl(), opayoEmulator.reportingUrl()))
                .vendorName(VENDOR)
                .integrationKey(Secret.of("integration-key"))
                .integrationPassword(Secret.of("integration-password"))
                .reporting("reporter", Secret.of("reporting-password"))
                .retry(fast).circuit(tolerant).requestTimeout(Duration.ofSeconds(5))
                .resolution(new TransactionService.Resolution(2, Duration.ofMillis(5)))
                .clock(clock)
                .build();
        zoho = ZohoInventoryClient.builder()
                .environment(ZohoEnvironment.custom(URI.create(zohoEmulator.baseUrl()), URI.create(zohoEmulator.baseUrl())))
                .organizationId(ORG)
                .refreshToken("1000.DEMO", Secret.of("client-secret"), Secret.of("refresh-token"))
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
                    new SandboxCard("Demo Customer", cardOf.get(order.customerId()), "1229", SandboxCards.SECURITY_CODE));
            return CardPayment.saveForLater(key.key(), identifier.identifier());
        };
        ChallengeHandler challenges = challenge -> java.util.Optional.of(SandboxCards.THREE_D_PASSWORD);
        CustomerNotifier notifier = (order, reason) -> notifiedFailures.add(order.id());
        orderToCash = new OrderToCashFlow(zoho, opayo, store, deadLetters, history, cards, challenges, notifier, settings);
        refunds = new RefundFlow(zoho, opayo, store, deadLetters, VendorTxCodes.withPrefix("TB"), clock);
        settlement = new SettlementFlow(zoho, opayo, Reconciler.builder().build());
        seed(orders, new Random(seed));
    }

    private void seed(int orders, Random random) {
        String[][] products = {{"Widget", "WID-1", "9.99"}, {"Gadget", "GAD-7", "45.00"}, {"Sprocket", "SPR-3", "2.50"},
            {"Gizmo", "GIZ-9", "120.00"}};
        List<String> items = new ArrayList<>();
        for (String[] product : products) {
            items.add(zohoEmulator.seedItem(product[0], product[1], new BigDecimal(product[2]), new BigDecimal("10000")));
        }
        String yenItem = zohoEmulator.seedItem("Kendama", "KEN-1", new BigDecimal("1500"), new BigDecimal("10000"));
        String[] currencies = {"GBP", "GBP", "GBP", "EUR", "JPY"};
        String[] goodCards = {SandboxCards.VISA_DEBIT, SandboxCards.DEBIT_MASTERCARD, SandboxCards.VISA_NOT_ENROLLED, SandboxCards.AMEX};
        List<String[]> customers = new ArrayList<>();
        for (int c = 0; c < Math.max(1, orders / 2); c++) {
            String currency = currencies[random.nextInt(currencies.length)];
            int kind = random.nextInt(20);
            String card = kind < 2 ? SandboxCards.VISA_DECLINED : kind < 3 ? SandboxCards.MASTERCARD_DECLINED
                    : kind < 6 ? SandboxCards.VISA_3DS : goodCards[random.nextInt(goodCards.length)];
            boolean risky = kind == 19;
            ObjectNode address = JSON.createObjectNode().put("address", "88 High Street").put("city", "London")
                    .put("zip", "SW1A 1AA").put("country", "United Kingdom");
            String id = zohoEmulator.seedCustomer("Customer " + (c + 1), "customer" + (c + 1) + "@example.com", currency, address);
            cardOf.put(id, card);
            customers.add(new String[] {id, currency, risky ? "NG" : "GB"});
        }
        for (int o = 0; o < orders; o++) {
            String[] customer = customers.get(random.nextInt(customers.size()));
            ObjectNode order = JSON.createObjectNode().put("customer_id", customer[0]).put("currency_code", customer[1]);
            ArrayNode lines = order.putArray("line_items");
            if (customer[1].equals("JPY")) {
                lines.addObject().put("item_id", yenItem).put("quantity", 1 + random.nextInt(3)).put("tax_percentage", 10);
            } else {
                int count = 1 + random.nextInt(3);
                for (int l = 0; l < count; l++) {
                    lines.addObject().put("item_id", items.get(random.nextInt(items.size())))
                            .put("quantity", 1 + random.nextInt(4)).put("tax_percentage", 20);
                }
                order.put("shipping_charge", new BigDecimal("4.95"));
            }
            if (customer[2].equals("NG")) {
                order.set("shipping_address", JSON.createObjectNode().put("address", "1 Marina").put("city", "Lagos")
                        .put("country", "Nigeria"));
            }
            salesOrders.add(zohoEmulator.seedSalesOrder(order, true));
        }
    }

    /** The test card a customer pays with. */
    public String cardOf(String customerId) {
        return cardOf.get(customerId);
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
