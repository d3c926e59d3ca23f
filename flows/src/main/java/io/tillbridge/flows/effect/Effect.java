package io.tillbridge.flows.effect;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One external side effect, declared once: its deterministic key, its intent, how to find it in the
 * target system by an exact-match lookup, how to perform it, and how its result is saved. The
 * {@link EffectEngine} decides whether to load, find or perform it.
 *
 * @param <R>     the result
 * @param key     deterministic (flow, effect, subject, attempt)
 * @param intent  amount, currency and references; its fingerprint guards against a changed input
 * @param find    an exact-match lookup in the target system; must not have side effects
 * @param perform does it; throws {@link TargetRefusedAsDuplicate} when the target says it already
 *                exists, and a {@code TransportException} whose {@code outcomeUnknown()} is true when
 *                it cannot tell whether it happened
 * @param codec   how the result is stored
 */
public record Effect<R>(EffectKey key, Intent intent, Function<Lookup.Situation, Lookup<R>> find, Supplier<R> perform,
                        ResultCodec<R> codec) {

    /**
     * Requires the key, the intent and the lookup.
     *
     * @param key     deterministic (flow, effect, subject, attempt)
     * @param intent  amount, currency and references; its fingerprint guards against a changed input
     * @param find    an exact-match lookup in the target system; must not have side effects
     * @param perform does it; throws {@link TargetRefusedAsDuplicate} when the target says it already
     *                exists, and a {@code TransportException} whose {@code outcomeUnknown()} is true when
     *                it cannot tell whether it happened
     * @param codec   how the result is stored
     */
    public Effect {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(find, "find");
        Objects.requireNonNull(perform, "perform");
        Objects.requireNonNull(codec, "codec");
    }
}
