package io.tillbridge.examples.spring;

import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.ordertocash.CardSource;
import io.tillbridge.flows.ordertocash.ChallengeHandler;
import io.tillbridge.flows.ordertocash.CustomerNotifier;
import io.tillbridge.flows.ordertocash.InMemoryPaymentHistory;
import io.tillbridge.flows.ordertocash.OrderToCashFlow;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.session.MerchantSessionKey;
import io.tillbridge.opayo.session.SandboxCard;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.runner.TillbridgeRunner;
import io.tillbridge.runner.poll.ZohoSalesOrderFinder;
import io.tillbridge.sandbox.SandboxDay;
import io.tillbridge.sandbox.SandboxValues;
import io.tillbridge.spring.boot.TillbridgeRunnerCustomizer;
import io.tillbridge.zoho.ZohoInventoryClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the application itself brings to order-to-cash — where cards come from, how a 3-D Secure challenge
 * is answered, how a customer is told — as an {@link OrderToCashFlow} bean; the starter's runner
 * ({@code tillbridge.runner.enabled=true}) runs it for every confirmed order a poll of Zoho finds, and
 * counts each outcome in {@code tillbridge.flow.outcomes}. Here the cards are sandbox test cards and the
 * orders a seeded day of {@code example.orders} sales orders.
 */
@Configuration(proxyBeanMethods = false)
class OrderToCashConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(OrderToCashConfiguration.class);

    /** The seeded day: customers with good, declining, 3-D Secure and risky cards, and confirmed orders. */
    @Bean
    SandboxDay sandboxDay(SandboxEmulators emulators, @Value("${example.orders:3}") int orders) {
        return SandboxDay.seed(emulators.zoho(), orders, 42);
    }

    @Bean
    OrderToCashFlow orderToCash(ZohoInventoryClient zoho, OpayoClient opayo, EffectEngine engine, SandboxDay day) {
        CardSource cards = order -> {
            MerchantSessionKey key = opayo.merchantSessionKeys().create();
            var card = opayo.sandboxCardIdentifiers().create(key, new SandboxCard("Example Customer",
                    day.cardOf(order.customerId()), SandboxValues.CARD_EXPIRY, SandboxValues.SECURITY_CODE));
            return CardPayment.saveForLater(key.key(), card.identifier());
        };
        ChallengeHandler challenges = challenge -> Optional.of(SandboxValues.THREE_D_SECURE_PASSWORD);
        CustomerNotifier notifier = (order, reason) -> LOG.info("would tell the customer of {}: {}", order.id(), reason);
        return new OrderToCashFlow(zoho, opayo, engine, new InMemoryPaymentHistory(), cards, challenges, notifier,
                OrderToCashFlow.Settings.defaults(engine.clock()));
    }

    /** The runner polls Zoho for confirmed, unpaid orders every second. */
    @Bean
    TillbridgeRunnerCustomizer pollZoho(ZohoInventoryClient zoho, Clock clock) {
        return runner -> runner.find(TillbridgeRunner.ORDERS, new ZohoSalesOrderFinder(zoho, clock, Duration.ofDays(2)),
                Duration.ofSeconds(1));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
