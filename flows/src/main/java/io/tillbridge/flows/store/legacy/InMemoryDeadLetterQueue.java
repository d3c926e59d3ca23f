package io.tillbridge.flows.store.legacy;

// Replaced by FlowStore's dead letters; removed when the flows are ported onto the effect engine.

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A dead-letter queue in memory: for tests, demos and hosts that persist it themselves. */
public final class InMemoryDeadLetterQueue implements DeadLetterQueue {

    private final Map<String, DeadLetter> letters = new LinkedHashMap<>();

    @Override
    public synchronized DeadLetter add(String id, String flow, String input, String reason, Instant now) {
        DeadLetter known = letters.get(id);
        DeadLetter letter = known == null ? new DeadLetter(id, flow, input, reason, 1, now, now)
                : new DeadLetter(id, flow, input, reason, known.attempts() + 1, known.firstFailed(), now);
        letters.put(id, letter);
        return letter;
    }

    @Override
    public synchronized Optional<DeadLetter> get(String id) {
        return Optional.ofNullable(letters.get(id));
    }

    @Override
    public synchronized List<DeadLetter> list() {
        return new ArrayList<>(letters.values());
    }

    @Override
    public synchronized void remove(String id) {
        letters.remove(id);
    }
}
