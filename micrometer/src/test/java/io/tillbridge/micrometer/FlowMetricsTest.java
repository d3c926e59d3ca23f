package io.tillbridge.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tillbridge.flows.kashflow.KashFlowOutcome;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.refund.RefundOutcome;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.flows.syspro.SysproOutcome;
import io.tillbridge.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FlowMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FlowMetrics flows = new FlowMetrics(registry);

    @Test
    void counts_outcomes_by_flow_and_kind_never_by_subject() {
        Function<String, OrderOutcome> run = flows.orders(id -> id.endsWith("1")
                ? new OrderOutcome.Paid(id, "T-" + id, "INV-" + id, "P-" + id)
                : new OrderOutcome.DeadLettered(id, "unknown customer"));
        run.apply("SO-1");
        run.apply("SO-11");
        run.apply("SO-2");
        flows.refunds(id -> new RefundOutcome.Refunded(id, "R-" + id)).apply("CN-1");
        flows.record(new KashFlowOutcome.NothingToPost("T-9", "a deferred payment posts nothing"));
        flows.record(new SysproOutcome.Held("WEB-1", "outage"));

        assertThat(flows.count("order-to-cash", "paid")).isEqualTo(2);
        assertThat(flows.count("order-to-cash", "dead_lettered")).isEqualTo(1);
        assertThat(flows.count("refund", "refunded")).isEqualTo(1);
        assertThat(flows.count("kashflow", "nothing_to_post")).isEqualTo(1);
        assertThat(flows.count("syspro", "held")).isEqualTo(1);
        assertThat(registry.find(FlowMetrics.OUTCOMES).counters()).allSatisfy(counter ->
                assertThat(counter.getId().getTags()).extracting(tag -> tag.getKey()).containsExactlyInAnyOrder("flow", "outcome"));
    }

    @Test
    void the_dead_letter_backlog_is_read_at_most_once_per_interval() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        AtomicInteger reads = new AtomicInteger();
        InMemoryFlowStore memory = new InMemoryFlowStore(clock);
        FlowStore counted = (FlowStore) java.lang.reflect.Proxy.newProxyInstance(FlowStore.class.getClassLoader(),
                new Class<?>[] {FlowStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("openDeadLetters")) {
                        reads.incrementAndGet();
                    }
                    try {
                        return method.invoke(memory, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        new DeadLetterBacklog(counted, Duration.ofSeconds(30), clock).bindTo(registry);
        var gauge = registry.get(DeadLetterBacklog.OPEN).gauge();
        assertThat(gauge.value()).isZero();

        for (String order : List.of("SO-1", "SO-2")) {
            memory.park(new DeadLetter.Parking("order-to-cash", order, "unknown customer", "", MoneyMoved.NONE, clock.instant()));
        }
        assertThat(gauge.value()).as("kept until the interval passes").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(gauge.value()).isEqualTo(2);
        assertThat(gauge.value()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }
}
