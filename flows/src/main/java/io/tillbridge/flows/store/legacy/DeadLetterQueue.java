package io.tillbridge.flows.store.legacy;

// Replaced by FlowStore's dead letters; removed when the flows are ported onto the effect engine.

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What could not be processed, kept — never lost — until replayed or resolved by a person. */
public interface DeadLetterQueue {

    /** Adds a failure, or counts one more attempt of a known one (same id). */
    DeadLetter add(String id, String flow, String input, String reason, Instant now);

    Optional<DeadLetter> get(String id);

    /** Everything waiting, oldest first. */
    List<DeadLetter> list();

    /** Takes a letter out after a successful replay or a person's decision. */
    void remove(String id);
}
