package io.tillbridge.flows.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An idempotency store in memory: for tests, demos and single-process hosts that accept losing it on restart. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<String, StepRecord> records = new ConcurrentHashMap<>();

    @Override
    public Optional<StepRecord> get(String key) {
        return Optional.ofNullable(records.get(key));
    }

    @Override
    public void put(StepRecord record) {
        records.put(record.key(), record);
    }

    /** How many steps are recorded. */
    public int size() {
        return records.size();
    }
}
