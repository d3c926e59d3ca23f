package io.tillbridge.spring.boot;

import io.tillbridge.flows.ordertocash.OrderOutcome;
import io.tillbridge.flows.refund.RefundOutcome;

/**
 * Told each outcome of the work the auto-configured runner runs. With Micrometer present the starter
 * defines one that counts them ({@code tillbridge.flow.outcomes}); a host may define its own instead.
 */
public interface FlowOutcomeRecorder {

    /**
     * One sales order's outcome.
     *
     * @param outcome the outcome
     */
    default void order(OrderOutcome outcome) {
    }

    /**
     * One credit note's outcome.
     *
     * @param outcome the outcome
     */
    default void refund(RefundOutcome outcome) {
    }
}
