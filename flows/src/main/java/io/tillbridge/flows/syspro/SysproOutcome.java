package io.tillbridge.flows.syspro;

import java.util.Map;

/** What one run of a SYSPRO flow on one subject came to. Never an exception. */
public sealed interface SysproOutcome {

    /**
     * The subject the outcome is about.
     *
     * @return the subject
     */
    String subject();

    /**
     * Every effect of the run has happened exactly once; {@code results} names what SYSPRO and Opayo hold.
     *
     * @param subject the subject the run was about
     * @param results what SYSPRO and Opayo hold, by name
     */
    record Done(String subject, Map<String, String> results) implements SysproOutcome {
        /**
         * Copies the results.
         *
         * @param subject the subject the run was about
         * @param results what SYSPRO and Opayo hold, by name
         */
        public Done {
            results = Map.copyOf(results);
        }
    }

    /**
     * Waiting, with the subject on the dead-letter queue so that nothing is lost: an outcome that cannot be
     * told yet, a risk hold awaiting release, an outage, or a declined charge awaiting its next retry.
     */
    record Held(String subject, String reason) implements SysproOutcome {
    }

    /** Stopped for a person: bad input or a refusal by SYSPRO; the reason says whether money moved. */
    record DeadLettered(String subject, String reason) implements SysproOutcome {
    }

    /** Another runner holds the subject's lease. */
    record Busy(String subject) implements SysproOutcome {
    }
}
