package io.tillbridge.flows.store;

import io.tillbridge.sandbox.MutableClock;

/** The in-memory store keeps the store contract. */
class InMemoryFlowStoreTest extends FlowStoreContract {

    @Override
    protected FlowStore newStore(MutableClock clock) {
        return new InMemoryFlowStore(clock);
    }

    @Override
    protected FlowStore sameData(MutableClock clock) {
        return store;
    }
}
