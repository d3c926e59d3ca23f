package io.tillbridge.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.micrometer.ClientMetrics;
import io.tillbridge.micrometer.DeadLetterBacklog;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.runner.TillbridgeRunner;
import io.tillbridge.sandbox.SandboxValues;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.zoho.SeedItem;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import io.tillbridge.syspro.SysproClient;
import io.tillbridge.zoho.ZohoInventoryClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration's conditions, property binding and failures, with Spring's ApplicationContextRunner. */
class TillbridgeAutoConfigurationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static OpayoEmulator opayoEmulator;
    private static ZohoEmulator zohoEmulator;

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TillbridgeAutoConfiguration.class, TillbridgeRunnerAutoConfiguration.class,
                    TillbridgeMetricsAutoConfiguration.class, TillbridgeHealthAutoConfiguration.class))
            .withBean(Clock.class, () -> CLOCK);

    @BeforeAll
    static void startEmulators() {
        opayoEmulator = SandboxValues.opayoEmulator(CLOCK).start();
        zohoEmulator = SandboxValues.zohoEmulator(CLOCK).start();
    }

    @AfterAll
    static void stopEmulators() {
        opayoEmulator.close();
        zohoEmulator.close();
    }

    private static String[] sandbox() {
        return new String[] {
            "tillbridge.opayo.vendor-name=" + SandboxValues.OPAYO_VENDOR,
            "tillbridge.opayo.integration-key=" + SandboxValues.OPAYO_INTEGRATION_KEY,
            "tillbridge.opayo.integration-password=" + SandboxValues.OPAYO_INTEGRATION_PASSWORD,
            "tillbridge.opayo.reporting-user=" + SandboxValues.OPAYO_REPORTING_USER,
            "tillbridge.opayo.reporting-password=" + SandboxValues.OPAYO_REPORTING_PASSWORD,
            "tillbridge.opayo.pi-url=" + opayoEmulator.piUrl(),
            "tillbridge.opayo.reporting-url=" + opayoEmulator.reportingUrl(),
            "tillbridge.zoho.organization-id=" + SandboxValues.ZOHO_ORGANIZATION_ID,
            "tillbridge.zoho.client-id=" + SandboxValues.ZOHO_CLIENT_ID,
            "tillbridge.zoho.client-secret=" + SandboxValues.ZOHO_CLIENT_SECRET,
            "tillbridge.zoho.refresh-token=" + SandboxValues.ZOHO_REFRESH_TOKEN,
            "tillbridge.zoho.api-url=" + zohoEmulator.baseUrl(),
            "tillbridge.zoho.accounts-url=" + zohoEmulator.baseUrl(),
            "tillbridge.zoho.rate-limit.permits=50",
        };
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    @Test
    void without_properties_or_data_source_it_creates_no_client_and_no_store() {
        contexts.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(DownstreamStatus.class).hasSingleBean(TillbridgeHealthIndicator.class)
                    .doesNotHaveBean(OpayoClient.class).doesNotHaveBean(ZohoInventoryClient.class)
                    .doesNotHaveBean(KashFlowClient.class).doesNotHaveBean(SysproClient.class)
                    .doesNotHaveBean(FlowStore.class).doesNotHaveBean(TillbridgeRunner.class)
                    .doesNotHaveBean(ClientMetrics.class); // no MeterRegistry
        });
    }

    @Test
    void clients_from_properties_answer_the_sandbox_and_feed_metrics_and_health() {
        contexts.withPropertyValues(sandbox())
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(OpayoClient.class).hasSingleBean(ZohoInventoryClient.class)
                            .hasSingleBean(ClientMetrics.class);
                    assertThat(context.getBean(OpayoClient.class).merchantSessionKeys().create()).isNotNull();
                    String item = zohoEmulator.seedItem(new SeedItem("Widget", "W-1", new BigDecimal("9.99"), new BigDecimal("5")));
                    context.getBean(ZohoInventoryClient.class).items().get(item);

                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get(ClientMetrics.REQUESTS).tags("system", "Opayo", "outcome", "success").timer().count()).isEqualTo(1);
                    assertThat(registry.get(ClientMetrics.RATE_LIMIT_WAITS).tags("system", "Zoho Inventory").timer().count()).isEqualTo(1);

                    Health health = context.getBean(TillbridgeHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails().get("circuits")).isEqualTo(Map.of("Opayo", "closed", "Zoho Accounts", "closed",
                            "Zoho Inventory", "closed"));
                    assertThat(health.getDetails().get("rateLimits")).isEqualTo(Map.of("Zoho Inventory",
                            Map.of("permits", 50L, "period", "PT1M", "used", 1L, "left", 49L, "refusals", 0L)));
                    assertThat(health.getDetails()).doesNotContainKey("deadLetters");
                });
    }

    @Test
    void an_open_circuit_makes_the_health_down() {
        contexts.run(context -> {
            DownstreamStatus status = context.getBean(DownstreamStatus.class);
            status.circuitStateChanged("Opayo", "CLOSED", "OPEN");
            Health health = context.getBean(TillbridgeHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("circuits")).isEqualTo(Map.of("Opayo", "open"));
        });
    }

    @Test
    void a_missing_credential_fails_the_start_naming_the_property() {
        contexts.withPropertyValues("tillbridge.opayo.vendor-name=shop", "tillbridge.opayo.integration-key=key")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessage("tillbridge.opayo.integration-password is required when tillbridge.opayo.vendor-name is set"));
        contexts.withPropertyValues("tillbridge.zoho.organization-id=1", "tillbridge.zoho.client-id=c",
                        "tillbridge.zoho.client-secret=s", "tillbridge.zoho.refresh-token=r", "tillbridge.zoho.api-url=http://localhost:1")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessage("tillbridge.zoho.api-url and tillbridge.zoho.accounts-url must be set together"));
        contexts.withPropertyValues("tillbridge.zoho.data-centre=MARS")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageStartingWith("tillbridge.zoho.data-centre must be one of [CA, COM, COM_AU"));
        contexts.withPropertyValues("tillbridge.syspro.url=https://erp.example/SYSPROWCFService/Rest", "tillbridge.syspro.operator=ADMIN")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessage("tillbridge.syspro.operator-password is required when tillbridge.syspro.url is set"));
    }

    @Test
    void a_blank_secret_is_refused_by_property_and_secrets_never_show_in_the_bound_properties() {
        contexts.withPropertyValues("tillbridge.opayo.vendor-name=shop", "tillbridge.opayo.integration-key= ",
                        "tillbridge.opayo.integration-password=pw")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("tillbridge.opayo.integration-key")
                        .hasStackTraceContaining("must not be blank"));
        contexts.withPropertyValues(sandbox()).run(context -> {
            String bound = context.getBean(TillbridgeProperties.class).toString();
            assertThat(bound).contains(SandboxValues.OPAYO_VENDOR)
                    .doesNotContain(SandboxValues.OPAYO_INTEGRATION_KEY, SandboxValues.OPAYO_INTEGRATION_PASSWORD,
                            SandboxValues.ZOHO_CLIENT_SECRET, SandboxValues.ZOHO_REFRESH_TOKEN);
        });
    }

    @Test
    void kashflow_and_syspro_clients_are_created_when_configured() {
        contexts.withPropertyValues("tillbridge.kashflow.user-name=shop", "tillbridge.kashflow.password=pw",
                        "tillbridge.kashflow.memorable-word=word", "tillbridge.syspro.url=https://erp.example/SYSPROWCFService/Rest",
                        "tillbridge.syspro.operator=ADMIN", "tillbridge.syspro.operator-password=pw",
                        "tillbridge.syspro.company-id=EDU1", "tillbridge.syspro.company-password=cpw")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(KashFlowClient.class).hasSingleBean(SysproClient.class));
    }

    @Test
    void the_applications_own_beans_win() {
        OpayoClient own = OpayoClient.builder().environment(OpayoEnvironment.SANDBOX).vendorName("own")
                .integrationKey(io.tillbridge.client.Secret.of("k")).integrationPassword(io.tillbridge.client.Secret.of("p")).build();
        contexts.withPropertyValues(sandbox()).withBean(OpayoClient.class, () -> own).run(context ->
                assertThat(context).hasNotFailed().getBean(OpayoClient.class).isSameAs(own));
        own.close();
    }

    @Test
    void the_flow_store_uses_the_applications_data_source_and_its_backlog_shows() {
        contexts.withBean(DataSource.class, TillbridgeAutoConfigurationTest::h2)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("tillbridge.store.table-prefix=shop_", "tillbridge.store.runner-name=web-1")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(EffectEngine.class).hasSingleBean(DeadLetterBacklog.class);
                    assertThat(context.getBean(FlowStore.class)).isInstanceOf(JdbcFlowStore.class);
                    assertThat(context.getBean(EffectEngine.class).runner()).isEqualTo("web-1");
                    try (var c = context.getBean(DataSource.class).getConnection();
                         var tables = c.getMetaData().getTables(null, null, "SHOP_DEAD_LETTER", null)) {
                        assertThat(tables.next()).as("the store's tables, with the configured prefix").isTrue();
                    }
                    context.getBean(FlowStore.class).park(new DeadLetter.Parking("order-to-cash", "SO-1", "unknown customer", "",
                            MoneyMoved.NONE, CLOCK.instant()));
                    assertThat(context.getBean(TillbridgeHealthIndicator.class).health().getDetails()).containsEntry("deadLetters", 1);
                    assertThat(context.getBean(DeadLetterBacklog.class).open()).isEqualTo(1);
                });
        contexts.withBean(DataSource.class, TillbridgeAutoConfigurationTest::h2).withPropertyValues("tillbridge.store.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(FlowStore.class).doesNotHaveBean(EffectEngine.class));
    }

    @Test
    void the_runner_starts_only_when_enabled_and_given_work() {
        contexts.withBean(DataSource.class, TillbridgeAutoConfigurationTest::h2)
                .withPropertyValues("tillbridge.runner.enabled=true")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageStartingWith("tillbridge.runner.enabled is true but the runner has no work"));
        contexts.withBean(DataSource.class, TillbridgeAutoConfigurationTest::h2)
                .withPropertyValues("tillbridge.runner.enabled=true", "tillbridge.runner.threads=2", "tillbridge.runner.instance-name=web-1")
                .withBean(TillbridgeRunnerCustomizer.class, () -> builder -> builder.work("ping", id -> { }))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(TillbridgeRunner.class);
                    assertThat(context.getBean(TillbridgeRunner.class).kinds()).containsExactly("ping");
                });
        contexts.withBean(DataSource.class, TillbridgeAutoConfigurationTest::h2)
                .withPropertyValues("tillbridge.runner.threads=0")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessage("tillbridge.runner.threads must be between 1 and 256, was 0"));
    }

    @Test
    void metrics_back_off_without_the_micrometer_module_and_health_without_actuator() {
        contexts.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withClassLoader(new FilteredClassLoader(ClientMetrics.class, org.springframework.boot.actuate.health.HealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("tillbridgeClientMetrics")
                        .doesNotHaveBean(TillbridgeHealthIndicator.class));
        contexts.withClassLoader(new FilteredClassLoader(TillbridgeRunner.class))
                .withBean(DataSource.class, TillbridgeAutoConfigurationTest::h2)
                .withPropertyValues("tillbridge.runner.enabled=true")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("tillbridgeRunner"));
    }
}
