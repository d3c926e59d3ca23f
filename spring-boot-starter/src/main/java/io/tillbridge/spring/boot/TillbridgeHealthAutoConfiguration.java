package io.tillbridge.spring.boot;

import io.tillbridge.flows.store.FlowStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code tillbridge} health indicator, when Spring Boot's actuator is on the classpath. */
@AutoConfiguration(after = TillbridgeAutoConfiguration.class,
        beforeName = "org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration")
@ConditionalOnClass(HealthIndicator.class)
public class TillbridgeHealthAutoConfiguration {

    /** Named {@code tillbridgeHealthIndicator}, so it shows as the {@code tillbridge} component. */
    @Bean
    @ConditionalOnMissingBean(name = "tillbridgeHealthIndicator")
    TillbridgeHealthIndicator tillbridgeHealthIndicator(DownstreamStatus status, ObjectProvider<FlowStore> store) {
        return new TillbridgeHealthIndicator(status, store.getIfAvailable());
    }
}
