package io.tillbridge.spring.boot;

import io.tillbridge.client.Secret;
import io.tillbridge.client.http.ClientBuilder;
import io.tillbridge.client.http.ClientListener;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.KashFlowEnvironment;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.syspro.SysproClient;
import io.tillbridge.syspro.SysproEnvironment;
import io.tillbridge.zoho.ZohoDataCentre;
import io.tillbridge.zoho.ZohoEnvironment;
import io.tillbridge.zoho.ZohoInventoryClient;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;

/**
 * Tillbridge from {@code tillbridge.*} properties: a client per configured system (Opayo, Zoho Inventory,
 * KashFlow, SYSPRO), each given every {@link ClientListener} bean (the {@link DownstreamStatus} the health
 * indicator reads, the metrics when Micrometer is present, the host's own); the JDBC {@link FlowStore} on
 * the application's {@link DataSource}; and an {@link EffectEngine} over it for the host's flows. Every
 * bean backs off when the application defines its own of the same type.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@EnableConfigurationProperties(TillbridgeProperties.class)
public class TillbridgeAutoConfiguration {

    /** What the Zoho client calls its API transport: the name its rate limit and circuit are reported under. */
    static final String ZOHO_SYSTEM = "Zoho Inventory";

    /** Binds credential properties as {@link Secret}s; a blank one is refused (naming the property). */
    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, Secret> tillbridgeSecretConverter() {
        return new SecretConverter();
    }

    /** The downstreams' circuit states and rate-limit headroom, for the health indicator. */
    @Bean
    @ConditionalOnMissingBean
    DownstreamStatus tillbridgeDownstreamStatus(ObjectProvider<Clock> clock) {
        return new DownstreamStatus(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "tillbridge.opayo", name = "vendor-name")
    OpayoClient tillbridgeOpayoClient(TillbridgeProperties properties, ObjectProvider<ClientListener> listeners,
                                      ObjectProvider<Clock> clock) {
        TillbridgeProperties.Opayo opayo = properties.opayo();
        OpayoEnvironment environment = opayo.piUrl() != null
                ? OpayoEnvironment.custom(opayo.piUrl().toString(), opayo.reportingUrl().toString())
                : "LIVE".equals(opayo.environment()) ? OpayoEnvironment.LIVE : OpayoEnvironment.SANDBOX;
        OpayoClient.Builder builder = OpayoClient.builder()
                .environment(environment)
                .vendorName(opayo.vendorName())
                .integrationKey(opayo.integrationKey())
                .integrationPassword(opayo.integrationPassword());
        if (opayo.reportingUser() != null) {
            builder.reporting(opayo.reportingUser(), opayo.reportingPassword());
        }
        return common(builder, opayo.http(), listeners, clock).build();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "tillbridge.zoho", name = "organization-id")
    ZohoInventoryClient tillbridgeZohoClient(TillbridgeProperties properties, ObjectProvider<ClientListener> listeners,
                                             ObjectProvider<Clock> clock, DownstreamStatus status) {
        TillbridgeProperties.Zoho zoho = properties.zoho();
        ZohoInventoryClient.Builder builder = ZohoInventoryClient.builder()
                .organizationId(zoho.organizationId())
                .refreshToken(zoho.clientId(), zoho.clientSecret(), zoho.refreshToken())
                .rateLimit(zoho.rateLimit().permits(), zoho.rateLimit().period(), zoho.rateLimit().maxWait());
        if (zoho.apiUrl() != null) {
            builder.environment(ZohoEnvironment.custom(zoho.apiUrl(), zoho.accountsUrl()));
        } else {
            builder.dataCentre(ZohoDataCentre.valueOf(zoho.dataCentre()));
        }
        status.knownLimit(ZOHO_SYSTEM, zoho.rateLimit().permits(), zoho.rateLimit().period());
        return common(builder, zoho.http(), listeners, clock).build();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "tillbridge.kashflow", name = "user-name")
    KashFlowClient tillbridgeKashFlowClient(TillbridgeProperties properties, ObjectProvider<ClientListener> listeners,
                                            ObjectProvider<Clock> clock) {
        TillbridgeProperties.KashFlow kashflow = properties.kashflow();
        KashFlowClient.Builder builder = KashFlowClient.builder()
                .environment(kashflow.restUrl() != null
                        ? KashFlowEnvironment.custom(kashflow.restUrl().toString(), kashflow.soapUrl().toString())
                        : "LIVE".equals(kashflow.environment()) ? KashFlowEnvironment.LIVE : KashFlowEnvironment.SANDBOX)
                .userName(kashflow.userName())
                .password(kashflow.password())
                .memorableWord(kashflow.memorableWord());
        if (kashflow.soapPassword() != null) {
            builder.soapPassword(kashflow.soapPassword());
        }
        if (kashflow.homeCurrency() != null) {
            builder.homeCurrency(kashflow.homeCurrency());
        }
        return common(builder, kashflow.http(), listeners, clock).build();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "tillbridge.syspro", name = "url")
    SysproClient tillbridgeSysproClient(TillbridgeProperties properties, ObjectProvider<ClientListener> listeners,
                                        ObjectProvider<Clock> clock) {
        TillbridgeProperties.Syspro syspro = properties.syspro();
        SysproClient.Builder builder = SysproClient.builder()
                .environment(SysproEnvironment.custom(syspro.url().toString()))
                .operator(syspro.operator(), syspro.operatorPassword())
                .company(syspro.companyId(), syspro.companyPassword());
        return common(builder, syspro.http(), listeners, clock).build();
    }

    /** The JDBC flow store on the application's DataSource (H2 or PostgreSQL). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnProperty(prefix = "tillbridge.store", name = "enabled", matchIfMissing = true)
    FlowStore tillbridgeFlowStore(DataSource dataSource, TillbridgeProperties properties, ObjectProvider<Clock> clock) {
        TillbridgeProperties.Store store = properties.store();
        JdbcFlowStore.Builder builder = JdbcFlowStore.builder(dataSource)
                .migrate(store.migrate())
                .clock(clock.getIfAvailable(Clock::systemUTC));
        if (store.tablePrefix() != null) {
            builder.tablePrefix(store.tablePrefix());
        }
        return builder.build();
    }

    /** One effect engine over the store, for the flows the application builds. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(FlowStore.class)
    EffectEngine tillbridgeEffectEngine(FlowStore store, TillbridgeProperties properties, ObjectProvider<Clock> clock) {
        EffectEngine.Builder builder = EffectEngine.builder(store).clock(clock.getIfAvailable(Clock::systemUTC));
        if (properties.store().runnerName() != null) {
            builder.runner(properties.store().runnerName());
        }
        return builder.build();
    }

    private static <B extends ClientBuilder<B>> B common(B builder, TillbridgeProperties.Http http,
                                                         ObjectProvider<ClientListener> listeners, ObjectProvider<Clock> clock) {
        if (http.connectTimeout() != null) {
            builder.connectTimeout(http.connectTimeout());
        }
        if (http.requestTimeout() != null) {
            builder.requestTimeout(http.requestTimeout());
        }
        if (http.deadline() != null) {
            builder.deadline(http.deadline());
        }
        return builder.listener(CompositeClientListener.of(listeners.orderedStream().toList()))
                .clock(clock.getIfAvailable(Clock::systemUTC));
    }

    /** String to {@link Secret}; the value never appears in the error. */
    static final class SecretConverter implements Converter<String, Secret> {
        @Override
        public Secret convert(String source) {
            return Secret.of(source);
        }
    }
}
