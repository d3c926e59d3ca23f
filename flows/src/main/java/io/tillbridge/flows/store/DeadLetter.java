package io.tillbridge.flows.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A subject a flow could not finish, kept with why and whether money moved, until a person or a
 * replay resolves it. Letters are never removed blindly: {@link FlowStore#resolve} is a
 * compare-and-set on {@link #version}, so a replay cannot race another runner.
 *
 * @param id           unique: {@code flow:subject}
 * @param flow         which flow
 * @param subject      what to replay it with (a sales order or credit note id)
 * @param reason       why it stopped, in words
 * @param payload      what the flow kept to replay it (may be empty)
 * @param money        whether money moved before it stopped
 * @param attempts     how many times it has been parked
 * @param firstFailed  when it was first parked
 * @param lastFailed   when it was last parked
 * @param dueAt        when it may next be claimed for a replay
 * @param status       open, claimed or resolved
 * @param claimedBy    the runner replaying it, while claimed
 * @param claimedUntil until when the claim holds
 * @param resolution   how it was resolved, once resolved
 * @param version      grows on every change; the compare-and-set value
 */
public record DeadLetter(String id, String flow, String subject, String reason, String payload, MoneyMoved money,
                         int attempts, Instant firstFailed, Instant lastFailed, Instant dueAt, Status status,
                         String claimedBy, Instant claimedUntil, String resolution, long version) {

    /** Where a letter is. */
    public enum Status {
        /** Waiting for a replay or a person. */
        OPEN,
        /** A runner is replaying it. */
        CLAIMED,
        /** Done with: replayed or settled by a person. */
        RESOLVED
    }

    /**
     * Requires the id, flow, subject, reason, money and status.
     *
     * @param id           unique: {@code flow:subject}
     * @param flow         which flow
     * @param subject      what to replay it with (a sales order or credit note id)
     * @param reason       why it stopped, in words
     * @param payload      what the flow kept to replay it (may be empty)
     * @param money        whether money moved before it stopped
     * @param attempts     how many times it has been parked
     * @param firstFailed  when it was first parked
     * @param lastFailed   when it was last parked
     * @param dueAt        when it may next be claimed for a replay
     * @param status       open, claimed or resolved
     * @param claimedBy    the runner replaying it, while claimed
     * @param claimedUntil until when the claim holds
     * @param resolution   how it was resolved, once resolved
     * @param version      grows on every change; the compare-and-set value
     */
    public DeadLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(status, "status");
        payload = payload == null ? "" : payload;
    }

    /**
     * The id a flow's letter for a subject has.
     *
     * @param flow    the flow's name
     * @param subject the subject
     * @return the letter's id
     */
    public static String idOf(String flow, String subject) {
        return flow + ":" + subject;
    }

    /**
     * What to park.
     *
     * @param flow    the flow
     * @param subject the subject
     * @param reason  why, in words
     * @param payload what a replay needs besides the subject (may be empty)
     * @param money   whether money moved
     * @param dueAt   when a replay may claim it
     */
    public record Parking(String flow, String subject, String reason, String payload, MoneyMoved money, Instant dueAt) {
        /**
         * Requires the flow, subject and reason.
         *
         * @param flow    the flow
         * @param subject the subject
         * @param reason  why, in words
         * @param payload what a replay needs besides the subject (may be empty)
         * @param money   whether money moved
         * @param dueAt   when a replay may claim it
         */
        public Parking {
            Objects.requireNonNull(flow, "flow");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(money, "money");
            Objects.requireNonNull(dueAt, "dueAt");
            payload = payload == null ? "" : payload;
        }

        /**
         * The id of the letter this parking creates or updates.
         *
         * @return {@code flow:subject}
         */
        public String id() {
            return idOf(flow, subject);
        }
    }
}
