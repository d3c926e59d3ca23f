package io.tillbridge.examples;

import io.tillbridge.client.Secret;
import io.tillbridge.flows.ordertocash.CardSource;
import io.tillbridge.flows.ordertocash.ChallengeHandler;
import io.tillbridge.flows.ordertocash.CustomerNotifier;
import io.tillbridge.flows.ordertocash.InMemoryPaymentHistory;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.ordertocash.OrderToCashFlow;
import io.tillbridge.flows.settlement.SettlementFlow;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import java.nio.file.Path;
import io.tillbridge.mapping.reconcile.ReconciliationReport;
import io.tillbridge.mapping.reconcile.Reconciler;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.opayo.session.MerchantSessionKey;
import io.tillbridge.opayo.session.SandboxCard;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.sandbox.opayo.SandboxCards;
import io.tillbridge.zoho.ZohoDataCentre;
import io.tillbridge.zoho.ZohoEnvironment;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.resources.ListQuery;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's flows against real services, configured by environment variables: confirmed, unpaid
 * Zoho sales orders are charged through the Opayo sandbox with a test card, then the day is
 * reconciled. Opayo's LIVE environment is refused: this program tokenises a test card, which only the
 * sandbox accepts; a production host passes card identifiers from Opayo's hosted fields instead.
 *
 * <p>Variables: {@code OPAYO_VENDOR}, {@code OPAYO_INTEGRATION_KEY}, {@code OPAYO_INTEGRATION_PASSWORD},
 * {@code OPAYO_REPORTING_USER}, {@code OPAYO_REPORTING_PASSWORD}, {@code ZOHO_DATA_CENTRE} (COM, EU, IN,
 * COM_AU, JP, CA, COM_CN, SA), {@code ZOHO_ORGANIZATION_ID}, {@code ZOHO_CLIENT_ID},
 * {@code ZOHO_CLIENT_SECRET}, {@code ZOHO_REFRESH_TOKEN}; optionally {@code TILLBRIDGE_MAX_ORDERS}
 * (default 20), {@code TILLBRIDGE_TEST_CARD}, {@code TILLBRIDGE_STORE_DIR} (where the H2 flow store's file
 * is kept, so that a second run of the day has no second effect; default {@code ./tillbridge-store}),
 * and for proxies or emulators {@code OPAYO_PI_URL},
 * {@code OPAYO_REPORTING_URL}, {@code ZOHO_API_URL}, {@code ZOHO_ACCOUNTS_URL}.
 */
public final class LiveRun {

    static final List<String> REQUIRED = List.of("OPAYO_VENDOR", "OPAYO_INTEGRATION_KEY", "OPAYO_INTEGRATION_PASSWORD",
            "OPAYO_REPORTING_USER", "OPAYO_REPORTING_PASSWORD", "ZOHO_ORGANIZATION_ID", "ZOHO_CLIENT_ID", "ZOHO_CLIENT_SECRET",
            "ZOHO_REFRESH_TOKEN");

    /**
     * A real 3-D Secure challenge needs the shopper's browser at the card issuer's ACS, which a
     * command-line run does not have: a challenged order is held, as it would be in production until
     * the shopper comes back. (The emulators' instant answer would be refused by Opayo.)
     */
    private static final ChallengeHandler NO_BROWSER = challenge -> Optional.empty();

    private LiveRun() {
    }

    /** True when the environment names real services (every required variable is set). */
    static boolean configured(Map<String, String> env) {
        return missing(env).isEmpty();
    }

    /** The required variables that are unset or blank. */
    static List<String> missing(Map<String, String> env) {
        return REQUIRED.stream().filter(name -> env.get(name) == null || env.get(name).isBlank()).toList();
    }

    /** {@code TILLBRIDGE_MAX_ORDERS}, default 20; anything but a positive whole number is refused, not defaulted. */
    static int maxOrders(Map<String, String> env) {
        String raw = env.getOrDefault("TILLBRIDGE_MAX_ORDERS", "20");
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the variable's name
        }
        throw new IllegalArgumentException("TILLBRIDGE_MAX_ORDERS must be a positive whole number, was '" + raw + "'");
    }

    /** Runs order to cash over up to {@code TILLBRIDGE_MAX_ORDERS} confirmed, unpaid orders, then reconciles today. */
    static List<OrderOutcome> run(Map<String, String> env, PrintStream out, Clock clock) {
        int limit = maxOrders(env);
        if (env.containsKey("OPAYO_PI_URL") != env.containsKey("OPAYO_REPORTING_URL")) {
            throw new IllegalArgumentException("OPAYO_PI_URL and OPAYO_REPORTING_URL must be set together");
        }
        OpayoEnvironment opayoEnvironment = env.containsKey("OPAYO_PI_URL")
                ? OpayoEnvironment.custom(env.get("OPAYO_PI_URL"), env.get("OPAYO_REPORTING_URL")) : OpayoEnvironment.SANDBOX;
        ZohoDataCentre dataCentre = ZohoDataCentre.valueOf(env.getOrDefault("ZOHO_DATA_CENTRE", "COM"));
        Path storeDirectory = Path.of(env.getOrDefault("TILLBRIDGE_STORE_DIR", "tillbridge-store"));
        try (com.zaxxer.hikari.HikariDataSource dataSource = Demo.h2(storeDirectory);
             OpayoClient opayo = OpayoClient.builder().environment(opayoEnvironment).vendorName(env.get("OPAYO_VENDOR"))
                .integrationKey(Secret.of(env.get("OPAYO_INTEGRATION_KEY")))
                .integrationPassword(Secret.of(env.get("OPAYO_INTEGRATION_PASSWORD")))
                .reporting(env.get("OPAYO_REPORTING_USER"), Secret.of(env.get("OPAYO_REPORTING_PASSWORD"))).clock(clock).build();
             ZohoInventoryClient zoho = ZohoInventoryClient.builder()
                     .environment(ZohoEnvironment.custom(URI.create(env.getOrDefault("ZOHO_API_URL", dataCentre.apiDomain().toString())),
                             URI.create(env.getOrDefault("ZOHO_ACCOUNTS_URL", dataCentre.accounts().toString()))))
                     .organizationId(env.get("ZOHO_ORGANIZATION_ID"))
                     .refreshToken(env.get("ZOHO_CLIENT_ID"), Secret.of(env.get("ZOHO_CLIENT_SECRET")),
                             Secret.of(env.get("ZOHO_REFRESH_TOKEN"))).clock(clock).build()) {
            String testCard = env.getOrDefault("TILLBRIDGE_TEST_CARD", SandboxCards.VISA_DEBIT);
            CardSource cards = order -> {
                MerchantSessionKey key = opayo.merchantSessionKeys().create();
                var identifier = opayo.sandboxCardIdentifiers().create(key,
                        new SandboxCard("Tillbridge Demo", testCard, "1229", SandboxCards.SECURITY_CODE));
                return CardPayment.saveForLater(key.key(), identifier.identifier());
            };
            out.println("Flow store: H2 file " + storeDirectory.resolve("tillbridge.mv.db").toAbsolutePath());
            EffectEngine engine = EffectEngine.builder(JdbcFlowStore.builder(dataSource).clock(clock).migrate(true).build())
                    .clock(clock).runner("live-run").build();
            OrderToCashFlow flow = new OrderToCashFlow(zoho, opayo, engine, new InMemoryPaymentHistory(), cards, NO_BROWSER,
                    CustomerNotifier.NONE, OrderToCashFlow.Settings.defaults(clock));
            List<OrderOutcome> outcomes = new ArrayList<>();
            zoho.salesOrders().list(ListQuery.ALL)
                    .filter(order -> "confirmed".equals(order.orderStatus()) && !"paid".equals(order.paidStatus()))
                    .limit(limit)
                    .forEach(order -> {
                        OrderOutcome outcome = flow.run(order.salesorderId());
                        outcomes.add(outcome);
                        out.println("  " + order.salesorderNumber() + ": " + outcome);
                    });
            ReconciliationReport report = new SettlementFlow(zoho, opayo, Reconciler.builder().build(), OrderToCashFlow.Settings.UK)
                    .run(LocalDate.now(clock.withZone(OrderToCashFlow.Settings.UK)));
            out.println("Reconciliation: " + report.discrepancies().size() + " discrepancies; settled " + report.settlementNet()
                    + ", recorded " + report.ledgerNet());
            return outcomes;
        }
    }
}
