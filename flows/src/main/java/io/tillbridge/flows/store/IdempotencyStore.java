package io.tillbridge.flows.store;

import java.util.Optional;

/**
 * Where flows record each step's outcome so that re-running a flow over the same input has no second
 * effect, and a flow that crashed resumes where it stopped. Implementations must make
 * {@link #put} durable before returning.
 */
public interface IdempotencyStore {

    Optional<StepRecord> get(String key);

    /** Records (or replaces) a step's state. */
    void put(StepRecord record);
}
