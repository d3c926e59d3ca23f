package io.tillbridge.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.micrometer.ClientMetrics;
import io.tillbridge.micrometer.FlowMetrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The example starts from its properties against the emulators, on H2, charges its seeded orders on the runner, and answers its health endpoint. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringExampleTest {

    @LocalServerPort
    int port;

    @Autowired
    FlowStore store;

    @Autowired
    MeterRegistry registry;

    @Test
    void answers_its_health_endpoint_with_tillbridge_in_it() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = new ObjectMapper().readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode tillbridge = health.path("components").path("tillbridge");
        assertThat(tillbridge.path("status").asText()).isEqualTo("UP");
        assertThat(tillbridge.path("details").path("circuits").path("Zoho Inventory").asText()).isEqualTo("closed");
        assertThat(tillbridge.path("details").path("rateLimits").path("Zoho Inventory").path("permits").asLong()).isEqualTo(100);
        assertThat(tillbridge.path("details").path("rateLimits").path("Zoho Inventory").path("used").asLong()).isPositive();
        assertThat(tillbridge.path("details").path("deadLetters").asInt()).isZero();
    }

    @Test
    void the_store_is_on_the_applications_data_source_and_the_meters_are_bound() {
        assertThat(store).isInstanceOf(JdbcFlowStore.class);
        assertThat(registry.get(ClientMetrics.REQUESTS).tags("system", "Zoho Inventory", "outcome", "success").timers())
                .isNotEmpty();
        assertThat(registry.get(io.tillbridge.micrometer.DeadLetterBacklog.OPEN).gauge().value()).isZero();
    }

    @Test
    void the_runner_charges_the_seeded_orders_and_counts_their_outcomes() throws InterruptedException {
        // The runner works in the background: wait (bounded) until each of the three orders has an outcome.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (outcomes() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(outcomes()).isEqualTo(3);
        assertThat(registry.find(FlowMetrics.OUTCOMES).tag("flow", "order-to-cash").counters())
                .allSatisfy(counter -> assertThat(counter.getId().getTag("outcome")).isIn("paid", "declined", "held", "dead_lettered", "busy"));
        assertThat(registry.get(ClientMetrics.REQUESTS).tags("system", "Opayo", "operation", "transactions.create").timers()).isNotEmpty();
    }

    private double outcomes() {
        return registry.find(FlowMetrics.OUTCOMES).tag("flow", "order-to-cash").counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }
}
