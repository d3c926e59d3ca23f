package io.tillbridge.runner;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds work the runner should schedule: sales orders to charge, credit notes to refund. Called by one
 * instance at a time (a db-scheduler recurring task), with the position where the previous call stopped;
 * the runner stores the returned position only after every subject found has been scheduled, so a crash
 * between the two finds the same subjects again — harmless, since scheduling is by subject id and the
 * flows themselves run each effect once.
 */
@FunctionalInterface
public interface WorkFinder {

    /**
     * Looks for subjects changed since {@code position}.
     *
     * @param position where the previous call stopped; empty on the very first call
     * @return the subjects to schedule and the position the next call starts from
     */
    Batch find(Optional<String> position);

    /**
     * Subjects to schedule and the position to start from next time.
     *
     * @param subjects     the ids to schedule (sales order ids, credit note ids); may be empty
     * @param nextPosition opaque to the runner, which stores it and hands it back to the next {@link #find} call
     * @param payloads     by subject, what the finder read that the work can use instead of reading it again (a
     *                     Reporting row's vendorTxCode), kept with the scheduled work like an event's payload;
     *                     subjects without one get none
     */
    record Batch(List<String> subjects, String nextPosition, Map<String, String> payloads) {
        /**
         * Copies the subjects and payloads, so the batch cannot change after the finder returns it.
         *
         * @param subjects     the ids to schedule
         * @param nextPosition where the next call starts
         * @param payloads     by subject, what the work is handed with it
         */
        public Batch {
            subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
            Objects.requireNonNull(nextPosition, "nextPosition");
            payloads = Map.copyOf(Objects.requireNonNull(payloads, "payloads"));
        }

        /**
         * Subjects without payloads.
         *
         * @param subjects     the ids to schedule
         * @param nextPosition where the next call starts
         */
        public Batch(List<String> subjects, String nextPosition) {
            this(subjects, nextPosition, Map.of());
        }
    }
}
