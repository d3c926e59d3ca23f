package io.tillbridge.flows.kashflow;

/** What one run of a KashFlow flow came to. {@code run} returns one of these and never throws. */
public sealed interface KashFlowOutcome {

    /**
     * The subject the outcome is about.
     *
     * @return the subject
     */
    String subject();

    /** Every effect is done (now, or found done before): the accounts hold it exactly once. */
    record Posted(String subject, String detail) implements KashFlowOutcome {
    }

    /** The posting table says this transaction posts nothing in KashFlow. */
    record NothingToPost(String subject, String why) implements KashFlowOutcome {
    }

    /** Parked on the dead-letter queue with why and whether money moved. */
    record DeadLettered(String subject, String reason) implements KashFlowOutcome {
    }

    /** Another runner holds the subject's lease; run it again later. */
    record Busy(String subject, String reason) implements KashFlowOutcome {
    }
}
