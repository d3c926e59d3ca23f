package io.tillbridge.flows.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.flows.store.legacy.DeadLetter;
import io.tillbridge.flows.store.legacy.InMemoryDeadLetterQueue;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-memory stores keep the contracts the flows rely on for "no double effect" and "never lost". */
class InMemoryStoresTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-24T09:05:00Z");

    @Test
    void aStepRecordReplacesTheEarlierStateOfTheSameKey() {
        InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
        store.put(new StepRecord("o2c:1:payment", StepRecord.State.STARTED, 1, Map.of("vendorTxCode", "TB.SO-1.1"), T0));
        store.put(new StepRecord("o2c:1:payment", StepRecord.State.DONE, 1,
                Map.of("vendorTxCode", "TB.SO-1.1", "transactionId", "T-1"), T1));

        assertThat(store.size()).isEqualTo(1);
        assertThat(store.get("o2c:1:payment")).get()
                .satisfies(r -> assertThat(r.state()).isEqualTo(StepRecord.State.DONE))
                .satisfies(r -> assertThat(r.get("transactionId")).isEqualTo("T-1"));
        assertThat(store.get("o2c:2:payment")).isEmpty();
    }

    @Test
    void aStepRecordCannotBeChangedAfterItIsStored() {
        Map<String, String> data = new HashMap<>(Map.of("vendorTxCode", "TB.SO-1.1"));
        StepRecord record = new StepRecord("o2c:1:payment", StepRecord.State.STARTED, 1, data, T0);
        data.put("vendorTxCode", "changed");
        assertThat(record.get("vendorTxCode")).isEqualTo("TB.SO-1.1");
        assertThatThrownBy(() -> record.data().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new StepRecord("k", null, 1, Map.of(), T0)).hasMessageContaining("state");
    }

    @Test
    void aLetterCountsItsAttemptsAndKeepsWhenItFirstFailed() {
        InMemoryDeadLetterQueue queue = new InMemoryDeadLetterQueue();
        queue.add("order-to-cash:1", "order-to-cash", "1", "order total does not match its lines", T0);
        DeadLetter again = queue.add("order-to-cash:1", "order-to-cash", "1", "Zoho unreachable", T1);

        assertThat(again.attempts()).isEqualTo(2);
        assertThat(again.firstFailed()).isEqualTo(T0);
        assertThat(again.lastFailed()).isEqualTo(T1);
        assertThat(again.reason()).isEqualTo("Zoho unreachable"); // the latest reason is the one to act on
        assertThat(queue.list()).containsExactly(again);
    }

    @Test
    void lettersListOldestFirstAndLeaveOnlyWhenRemoved() {
        InMemoryDeadLetterQueue queue = new InMemoryDeadLetterQueue();
        queue.add("refund:CN-2", "refund", "CN-2", "over-refund", T0);
        queue.add("order-to-cash:7", "order-to-cash", "7", "bad postcode", T1);
        queue.add("refund:CN-2", "refund", "CN-2", "over-refund", T1); // a retry does not move it to the back

        assertThat(queue.list()).extracting(DeadLetter::id).containsExactly("refund:CN-2", "order-to-cash:7");
        queue.remove("refund:CN-2");
        assertThat(queue.get("refund:CN-2")).isEmpty();
        assertThat(queue.list()).extracting(DeadLetter::id).containsExactly("order-to-cash:7");
    }

    @Test
    void aLetterWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> new InMemoryDeadLetterQueue().add("x", "refund", "CN-1", null, T0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("reason");
    }
}
