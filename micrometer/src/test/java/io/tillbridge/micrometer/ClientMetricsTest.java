package io.tillbridge.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tillbridge.TillbridgeException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.sandbox.SandboxValues;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.zoho.SeedItem;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import io.tillbridge.zoho.ZohoEnvironment;
import io.tillbridge.zoho.ZohoInventoryClient;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real clients against the sandbox emulators, their listener recording into a SimpleMeterRegistry. */
class ClientMetricsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(2), Duration.ofSeconds(1));

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ClientMetrics metrics = new ClientMetrics(registry);
    private final OpayoEmulator opayoEmulator = SandboxValues.opayoEmulator(CLOCK).start();
    private final ZohoEmulator zohoEmulator = SandboxValues.zohoEmulator(CLOCK).start();

    @AfterEach
    void stop() {
        opayoEmulator.close();
        zohoEmulator.close();
    }

    private OpayoClient opayo(CircuitSettings circuit) {
        return OpayoClient.builder()
                .environment(OpayoEnvironment.custom(opayoEmulator.piUrl(), opayoEmulator.reportingUrl()))
                .vendorName(SandboxValues.OPAYO_VENDOR)
                .integrationKey(Secret.of(SandboxValues.OPAYO_INTEGRATION_KEY))
                .integrationPassword(Secret.of(SandboxValues.OPAYO_INTEGRATION_PASSWORD))
                .retry(FAST).circuit(circuit).listener(metrics).clock(CLOCK)
                .build();
    }

    private ZohoInventoryClient.Builder zoho() {
        URI url = URI.create(zohoEmulator.baseUrl());
        return ZohoInventoryClient.builder()
                .environment(ZohoEnvironment.custom(url, url))
                .organizationId(SandboxValues.ZOHO_ORGANIZATION_ID)
                .refreshToken(SandboxValues.ZOHO_CLIENT_ID, Secret.of(SandboxValues.ZOHO_CLIENT_SECRET),
                        Secret.of(SandboxValues.ZOHO_REFRESH_TOKEN))
                .retry(FAST).listener(metrics).clock(CLOCK);
    }

    @Test
    void counts_and_times_each_attempt_by_system_operation_and_outcome() {
        try (OpayoClient opayo = opayo(CircuitSettings.DEFAULTS)) {
            opayo.merchantSessionKeys().create();
            opayo.merchantSessionKeys().create();
        }

        var timer = registry.get(ClientMetrics.REQUESTS)
                .tags("system", "Opayo", "operation", "merchantSessionKeys.create", "outcome", "success").timer();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(metrics.circuitState("Opayo")).isEqualTo("closed");
        assertThat(registry.get(ClientMetrics.CIRCUIT_STATE).tags("system", "Opayo", "state", "closed").gauge().value()).isEqualTo(1);
    }

    @Test
    void retries_and_an_opening_circuit_show_per_downstream() {
        opayoEmulator.faults().outage(3, 503);
        try (OpayoClient opayo = opayo(new CircuitSettings(3, 3, Duration.ofMinutes(1)))) {
            assertThatThrownBy(() -> opayo.merchantSessionKeys().create()).isInstanceOf(TillbridgeException.class);
            // The breaker is open now: the next call is refused unsent and adds no attempt.
            assertThatThrownBy(() -> opayo.merchantSessionKeys().create()).isInstanceOf(TransportException.class)
                    .hasMessageContaining("circuit breaker is open");
        }

        assertThat(registry.get(ClientMetrics.REQUESTS).tags("system", "Opayo", "outcome", "server_error").timer().count()).isEqualTo(3);
        assertThat(registry.get(ClientMetrics.RETRIES).tags("system", "Opayo", "operation", "merchantSessionKeys.create").counter().count())
                .isEqualTo(2);
        assertThat(metrics.circuitState("Opayo")).isEqualTo("open");
        assertThat(registry.get(ClientMetrics.CIRCUIT_STATE).tags("system", "Opayo", "state", "open").gauge().value()).isEqualTo(1);
        assertThat(registry.get(ClientMetrics.CIRCUIT_STATE).tags("system", "Opayo", "state", "closed").gauge().value()).isZero();
    }

    @Test
    void rate_limit_waits_are_timed_and_refusals_counted() {
        // One permit an hour, no waiting: the first call gets it, the second is refused unsent.
        try (ZohoInventoryClient zoho = zoho().rateLimit(1, Duration.ofHours(1), Duration.ZERO).build()) {
            String id = zohoEmulator.seedItem(new SeedItem("Widget", "W-1", new BigDecimal("9.99"), new BigDecimal("5")));
            zoho.items().get(id);
            assertThatThrownBy(() -> zoho.items().get(id)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("rate limit");
        }

        assertThat(registry.get(ClientMetrics.RATE_LIMIT_WAITS).tags("system", "Zoho Inventory", "outcome", "granted").timer().count()).isEqualTo(1);
        assertThat(registry.get(ClientMetrics.RATE_LIMIT_WAITS).tags("system", "Zoho Inventory", "outcome", "refused").timer().count()).isEqualTo(1);
    }

    @Test
    void waits_for_a_shared_budgets_permits_are_timed_too() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        // A budget shared with other instances (the runner's): the first permit comes, the second does not.
        io.tillbridge.client.http.RequestPermits shared = maxWait -> asked.incrementAndGet() == 1;
        try (ZohoInventoryClient zoho = zoho().rateLimit(shared, Duration.ofMillis(1)).build()) {
            String id = zohoEmulator.seedItem(new SeedItem("Widget", "W-1", new BigDecimal("9.99"), new BigDecimal("5")));
            zoho.items().get(id);
            assertThatThrownBy(() -> zoho.items().get(id)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("no request permit");
        }

        assertThat(registry.get(ClientMetrics.RATE_LIMIT_WAITS).tags("system", "Zoho Inventory", "outcome", "granted").timer().count())
                .isEqualTo(1);
        assertThat(registry.get(ClientMetrics.RATE_LIMIT_WAITS).tags("system", "Zoho Inventory", "outcome", "refused").timer().count())
                .isEqualTo(1);
    }

    @Test
    void ids_in_unnamed_operations_never_become_tags() {
        try (ZohoInventoryClient zoho = zoho().build()) {
            for (int i = 0; i < 3; i++) {
                String id = zohoEmulator.seedItem(new SeedItem("Widget " + i, "W-" + i, new BigDecimal("9.99"), new BigDecimal("5")));
                zoho.items().get(id);
            }
        }

        Set<String> operations = registry.find(ClientMetrics.REQUESTS).tag("system", "Zoho Inventory").timers().stream()
                .map(Meter::getId).map(id -> id.getTag("operation")).collect(Collectors.toSet());
        assertThat(operations).allSatisfy(op -> assertThat(op).doesNotContainPattern("\\d"));
        assertThat(registry.get(ClientMetrics.REQUESTS).tags("system", "Zoho Inventory", "outcome", "success").timers())
                .hasSizeLessThanOrEqualTo(2); // the item read, and the token refresh on the accounts server
    }

    @Test
    void operation_tags_are_bounded() {
        OperationTags tags = new OperationTags(2);
        assertThat(OperationTags.normalise("transactions.create")).isEqualTo("transactions.create");
        assertThat(OperationTags.normalise("GET /salesorders/4815000000044?organization_id=20071234567"))
                .isEqualTo("GET /salesorders/{id}");
        assertThat(OperationTags.normalise("DELETE /sessiontoken/" + "a".repeat(40))).isEqualTo("DELETE /sessiontoken/{id}");
        assertThat(tags.of("zoho", "GET /items/1")).isEqualTo("GET /items/{id}");
        assertThat(tags.of("zoho", "GET /contacts/2")).isEqualTo("GET /contacts/{id}");
        assertThat(tags.of("zoho", "GET /invoices/3")).isEqualTo(OperationTags.OTHER);
        assertThat(tags.of("zoho", "GET /items/4")).isEqualTo("GET /items/{id}");
        assertThat(tags.of("opayo", "transactions.create")).isEqualTo("transactions.create");
    }
}
