package io.tillbridge.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.tillbridge.flows.kashflow.KashFlowOutcome;
import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.refund.RefundOutcome;
import io.tillbridge.flows.syspro.SysproOutcome;
import java.util.Objects;
import java.util.function.Function;

/**
 * Counts the flows' business outcomes in {@value #OUTCOMES}, tagged {@code flow}
 * ({@code order-to-cash}, {@code refund}, {@code kashflow}, {@code syspro}) and {@code outcome}, the
 * outcome's kind in snake case ({@code paid}, {@code declined}, {@code held}, {@code dead_lettered},
 * {@code busy}, {@code refunded}, {@code posted}, {@code nothing_to_post}, {@code done}). The flows never
 * throw for a business outcome, so wrapping their {@code run} is enough:
 *
 * <pre>{@code
 * Function<String, OrderOutcome> run = flowMetrics.orders(orderToCash::run);
 * runner.work(TillbridgeRunner.ORDERS, run::apply);
 * }</pre>
 */
public final class FlowMetrics {

    /** Counter of outcomes. */
    public static final String OUTCOMES = "tillbridge.flow.outcomes";

    private final MeterRegistry registry;

    /** @param registry where the counters are registered */
    public FlowMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Counts one order-to-cash outcome and returns it.
     *
     * @param outcome the outcome
     * @return the same outcome, so that a call can be wrapped
     */
    public OrderOutcome record(OrderOutcome outcome) {
        count("order-to-cash", outcome);
        return outcome;
    }

    /**
     * Counts one refund outcome and returns it.
     *
     * @param outcome the outcome
     * @return the same outcome, so that a call can be wrapped
     */
    public RefundOutcome record(RefundOutcome outcome) {
        count("refund", outcome);
        return outcome;
    }

    /**
     * Counts one outcome of a KashFlow flow and returns it.
     *
     * @param outcome the outcome
     * @return the same outcome, so that a call can be wrapped
     */
    public KashFlowOutcome record(KashFlowOutcome outcome) {
        count("kashflow", outcome);
        return outcome;
    }

    /**
     * Counts one outcome of a SYSPRO flow and returns it.
     *
     * @param outcome the outcome
     * @return the same outcome, so that a call can be wrapped
     */
    public SysproOutcome record(SysproOutcome outcome) {
        count("syspro", outcome);
        return outcome;
    }

    /**
     * {@code run}, counting each order's outcome.
     *
     * @param run what runs an order (typically {@code orderToCash::run})
     * @return the same work, counted
     */
    public Function<String, OrderOutcome> orders(Function<String, OrderOutcome> run) {
        Objects.requireNonNull(run, "run");
        return subject -> record(run.apply(subject));
    }

    /**
     * {@code run}, counting each refund's outcome.
     *
     * @param run what runs a refund (typically {@code refundFlow::run})
     * @return the same work, counted
     */
    public Function<String, RefundOutcome> refunds(Function<String, RefundOutcome> run) {
        Objects.requireNonNull(run, "run");
        return subject -> record(run.apply(subject));
    }

    /**
     * How many outcomes of this kind were counted for a flow (for health pages and tests).
     *
     * @param flow    the flow tag ({@code order-to-cash}, {@code refund}, {@code kashflow}, {@code syspro})
     * @param outcome the outcome tag (the outcome's kind, e.g. {@code paid})
     * @return the count
     */
    public double count(String flow, String outcome) {
        Counter counter = registry.find(OUTCOMES).tags("flow", flow, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private void count(String flow, Object outcome) {
        Objects.requireNonNull(outcome, "outcome");
        Counter.builder(OUTCOMES)
                .description("Business outcomes of the flows")
                .tags(Tags.of("flow", flow, "outcome", kind(outcome.getClass())))
                .register(registry)
                .increment();
    }

    /** {@code DeadLettered} → {@code dead_lettered}: the sealed type's case, never anything of the subject. */
    static String kind(Class<?> type) {
        String name = type.getSimpleName();
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
