package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.flows.ordertocash.OrderOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment-configured run, pointed at the emulators through the URL overrides (no network here). */
class LiveRunTest {

    @TempDir
    java.nio.file.Path store;

    @Test
    void runsTheFlowsAgainstTheServicesTheEnvironmentNames() {
        try (SandboxWorld world = new SandboxWorld(8, 3, Clock.systemUTC())) {
            Map<String, String> env = new HashMap<>();
            env.put("OPAYO_VENDOR", SandboxWorld.VENDOR);
            env.put("OPAYO_INTEGRATION_KEY", "integration-key");
            env.put("OPAYO_INTEGRATION_PASSWORD", "integration-password");
            env.put("OPAYO_REPORTING_USER", "reporter");
            env.put("OPAYO_REPORTING_PASSWORD", "reporting-password");
            env.put("ZOHO_ORGANIZATION_ID", SandboxWorld.ORG);
            env.put("ZOHO_CLIENT_ID", "1000.DEMO");
            env.put("ZOHO_CLIENT_SECRET", "client-secret");
            assertThat(LiveRun.configured(env)).isFalse();
            assertThat(LiveRun.missing(env)).containsExactly("ZOHO_REFRESH_TOKEN");
            env.put("ZOHO_REFRESH_TOKEN", "refresh-token");
            assertThat(LiveRun.configured(env)).isTrue();
            env.put("OPAYO_PI_URL", world.opayoEmulator.piUrl());
            env.put("OPAYO_REPORTING_URL", world.opayoEmulator.reportingUrl());
            env.put("ZOHO_API_URL", world.zohoEmulator.baseUrl());
            env.put("ZOHO_ACCOUNTS_URL", world.zohoEmulator.baseUrl());
            env.put("TILLBRIDGE_MAX_ORDERS", "5");
            env.put("TILLBRIDGE_STORE_DIR", store.toString());

            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            List<OrderOutcome> outcomes = LiveRun.run(env, new PrintStream(buffer, true, StandardCharsets.UTF_8), Clock.systemUTC());

            assertThat(outcomes).hasSize(5).hasOnlyElementsOfType(OrderOutcome.Paid.class);
            // Nothing is settled until Opayo closes the batch, so each of today's payments is unmatched.
            assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("Reconciliation: 5 discrepancies").contains("Flow store: H2 file");
            assertThat(store.resolve("tillbridge.mv.db")).exists();
        }
    }

    @Test
    void rejectsAnOrderLimitThatIsNotAPositiveNumber() {
        assertThatThrownBy(() -> LiveRun.maxOrders(Map.of("TILLBRIDGE_MAX_ORDERS", "twenty")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TILLBRIDGE_MAX_ORDERS");
        assertThatThrownBy(() -> LiveRun.maxOrders(Map.of("TILLBRIDGE_MAX_ORDERS", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TILLBRIDGE_MAX_ORDERS");
        assertThat(LiveRun.maxOrders(Map.of())).isEqualTo(20);
    }
}
