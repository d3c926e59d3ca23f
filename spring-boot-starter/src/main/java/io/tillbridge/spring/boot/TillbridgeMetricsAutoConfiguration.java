package io.tillbridge.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.refund.RefundOutcome;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.micrometer.ClientMetrics;
import io.tillbridge.micrometer.DeadLetterBacklog;
import io.tillbridge.micrometer.FlowMetrics;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Tillbridge's meters, when Micrometer and Tillbridge's {@code micrometer} module are on the classpath and
 * the application has a {@link MeterRegistry}: the clients' {@link ClientMetrics} (picked up as one of
 * their listeners), {@link FlowMetrics} (counting the auto-configured runner's outcomes) and the
 * {@link DeadLetterBacklog} gauge over the flow store. Spring Boot's actuator binds the backlog, a
 * {@code MeterBinder}, to every registry.
 */
@AutoConfiguration(after = TillbridgeAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, ClientMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
public class TillbridgeMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ClientMetrics tillbridgeClientMetrics(MeterRegistry registry) {
        return new ClientMetrics(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    FlowMetrics tillbridgeFlowMetrics(MeterRegistry registry) {
        return new FlowMetrics(registry);
    }

    /** The runner's outcomes, counted. */
    @Bean
    @ConditionalOnMissingBean(FlowOutcomeRecorder.class)
    FlowOutcomeRecorder tillbridgeFlowOutcomeMetrics(FlowMetrics metrics) {
        return new FlowOutcomeRecorder() {
            @Override
            public void order(OrderOutcome outcome) {
                metrics.record(outcome);
            }

            @Override
            public void refund(RefundOutcome outcome) {
                metrics.record(outcome);
            }
        };
    }

    /** The open dead letters, read at most every 30 seconds whatever the scrape interval. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(FlowStore.class)
    DeadLetterBacklog tillbridgeDeadLetterBacklog(FlowStore store, ObjectProvider<Clock> clock) {
        return new DeadLetterBacklog(store, Duration.ofSeconds(30), clock.getIfAvailable(Clock::systemUTC));
    }
}
