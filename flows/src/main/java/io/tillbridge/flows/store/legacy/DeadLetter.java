package io.tillbridge.flows.store.legacy;

// Replaced by FlowStore's dead letters; removed when the flows are ported onto the effect engine.

import java.time.Instant;
import java.util.Objects;

/**
 * Something a flow could not process, kept with why, for a person to fix and replay.
 *
 * @param id          unique; the flow and input, for example {@code order-to-cash:4815000000044895}
 * @param flow        which flow
 * @param input       what to replay it with (a sales order or credit note id)
 * @param reason      why it stopped, in words
 * @param attempts    how many times it has been tried
 * @param firstFailed when it first failed
 * @param lastFailed  when it last failed
 */
public record DeadLetter(String id, String flow, String input, String reason, int attempts, Instant firstFailed,
                         Instant lastFailed) {

    public DeadLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
    }
}
