package io.tillbridge.flows.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a flow recorded about one step, under the step's idempotency key.
 *
 * @param key       the idempotency key, for example {@code o2c:4815000000044895:payment}
 * @param state     where the step got to
 * @param attempt   which attempt it is on (the vendorTxCode carries it)
 * @param data      what later steps need: ids, amounts, the vendorTxCode
 * @param updatedAt when this was recorded
 */
public record StepRecord(String key, State state, int attempt, Map<String, String> data, Instant updatedAt) {

    /** Where a step got to. */
    public enum State {
        /** Begun; its effect may or may not have happened (a crash or timeout in between). */
        STARTED,
        /** Its effect happened; never repeat it. */
        DONE,
        /** It ended in a business refusal (a decline); a new attempt needs a new decision. */
        REFUSED
    }

    public StepRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        data = Map.copyOf(data);
    }

    public String get(String name) {
        return data.get(name);
    }
}
