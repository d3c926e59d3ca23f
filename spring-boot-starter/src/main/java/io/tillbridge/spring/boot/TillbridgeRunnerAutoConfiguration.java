package io.tillbridge.spring.boot;

import io.tillbridge.flows.ordertocash.OrderToCashFlow;
import io.tillbridge.flows.refund.RefundFlow;
import io.tillbridge.runner.TillbridgeRunner;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The runner, when the {@code runner} module is on the classpath and {@code tillbridge.runner.enabled=true}:
 * on the application's {@link DataSource}, running the application's {@link OrderToCashFlow} bean as
 * {@link TillbridgeRunner#ORDERS} and its {@link RefundFlow} bean as {@link TillbridgeRunner#REFUNDS}, each
 * outcome told to every {@link FlowOutcomeRecorder}, then changed by every {@link TillbridgeRunnerCustomizer}.
 * Started with the context and closed with it.
 */
@AutoConfiguration(after = TillbridgeAutoConfiguration.class,
        afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@ConditionalOnClass(TillbridgeRunner.class)
@ConditionalOnProperty(prefix = "tillbridge.runner", name = "enabled", havingValue = "true")
public class TillbridgeRunnerAutoConfiguration {

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnBean(DataSource.class)
    TillbridgeRunner tillbridgeRunner(DataSource dataSource, TillbridgeProperties properties, ObjectProvider<OrderToCashFlow> orders,
                                      ObjectProvider<RefundFlow> refunds, ObjectProvider<FlowOutcomeRecorder> recorders,
                                      ObjectProvider<TillbridgeRunnerCustomizer> customizers, ObjectProvider<Clock> clock) {
        TillbridgeProperties.Runner runner = properties.runner();
        TillbridgeRunner.Builder builder = TillbridgeRunner.builder(dataSource)
                .threads(runner.threads())
                .pollingInterval(runner.pollingInterval())
                .applySchema(runner.applySchema())
                .clock(clock.getIfAvailable(Clock::systemUTC));
        if (runner.instanceName() != null) {
            builder.instanceName(runner.instanceName());
        }
        OrderToCashFlow orderFlow = orders.getIfUnique();
        if (orderFlow != null) {
            builder.work(TillbridgeRunner.ORDERS, (id, webhookBody) -> {
                // A webhook's order is run as delivered (no read from Zoho); a found one is read by id.
                var outcome = webhookBody.map(io.tillbridge.runner.ingest.ZohoWebhooksSource::salesOrderOf).map(orderFlow::run)
                        .orElseGet(() -> orderFlow.run(id));
                recorders.orderedStream().forEach(r -> r.order(outcome));
                if (outcome instanceof io.tillbridge.flows.ordertocash.OrderOutcome.Busy busy) {
                    // Not failed, not done: the runner tries again later (after its hold, when the budget is spent).
                    throw new io.tillbridge.runner.RunnerException("order " + id + " waits: " + busy.reason());
                }
            });
        }
        RefundFlow refundFlow = refunds.getIfUnique();
        if (refundFlow != null) {
            builder.work(TillbridgeRunner.REFUNDS, id -> {
                var outcome = refundFlow.run(id);
                recorders.orderedStream().forEach(r -> r.refund(outcome));
                if (outcome instanceof io.tillbridge.flows.refund.RefundOutcome.Busy busy) {
                    throw new io.tillbridge.runner.RunnerException("credit note " + id + " waits: " + busy.reason());
                }
            });
        }
        customizers.orderedStream().forEach(c -> c.customize(builder));
        TillbridgeRunner built = builder.build();
        if (built.kinds().isEmpty()) {
            built.close();
            throw new IllegalStateException("tillbridge.runner.enabled is true but the runner has no work: define an "
                    + "OrderToCashFlow or RefundFlow bean, or a TillbridgeRunnerCustomizer that adds work");
        }
        return built;
    }
}
