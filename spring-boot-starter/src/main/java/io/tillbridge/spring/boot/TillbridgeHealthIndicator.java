package io.tillbridge.spring.boot;

import io.tillbridge.flows.store.FlowStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Tillbridge's part of {@code /actuator/health} (component {@code tillbridge}): each downstream's circuit
 * state, the rate-limit headroom where the limit is known (Zoho's), and the open dead letters. DOWN while
 * any circuit is open — calls to that system are being refused — else UP; dead letters are reported, not
 * judged, since a person works through them. A host that wants no part of it in a liveness probe leaves it
 * out of that health group.
 */
public class TillbridgeHealthIndicator extends AbstractHealthIndicator {

    private final DownstreamStatus status;
    private final FlowStore store;

    /**
     * @param status what the clients' listener learnt
     * @param store  the flow store whose dead letters are counted; null when there is none
     */
    public TillbridgeHealthIndicator(DownstreamStatus status, FlowStore store) {
        super("Tillbridge health check failed");
        this.status = status;
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> circuits = status.circuits();
        boolean open = circuits.containsValue("open");
        builder.status(open ? org.springframework.boot.actuate.health.Status.DOWN : org.springframework.boot.actuate.health.Status.UP);
        builder.withDetail("circuits", circuits);
        Map<String, Object> limits = new LinkedHashMap<>();
        status.headrooms().forEach((system, h) -> limits.put(system, Map.of(
                "permits", h.permits(), "period", h.period().toString(), "used", h.used(), "left", h.left(), "refusals", h.refusals())));
        if (!limits.isEmpty()) {
            builder.withDetail("rateLimits", limits);
        }
        if (store != null) {
            builder.withDetail("deadLetters", store.openDeadLetters().size());
        }
    }
}
