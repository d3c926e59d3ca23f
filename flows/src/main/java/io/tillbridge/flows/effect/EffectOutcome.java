package io.tillbridge.flows.effect;

import java.util.Objects;

/**
 * What running one effect came to.
 *
 * @param <R> the effect's result
 */
public sealed interface EffectOutcome<R> permits EffectOutcome.Done, EffectOutcome.Held, EffectOutcome.IntentChanged {

    /**
     * Why an effect named {@code what} did not finish, in words for a dead letter; null when it is done.
     *
     * @param outcome the outcome
     * @param what    the effect's name, in words
     * @return the reason
     */
    static String whyNotDone(EffectOutcome<?> outcome, String what) {
        if (outcome instanceof Held<?> held) {
            return what + ": " + held.reason();
        }
        if (outcome instanceof IntentChanged<?> changed) {
            return what + " changed after it began: " + changed.reason();
        }
        return null;
    }

    /**
     * The effect has happened exactly once.
     *
     * @param result  its result
     * @param adopted true when it was found in the target (done before, by this or another runner) rather than
     *                performed now
     */
    record Done<R>(R result, boolean adopted) implements EffectOutcome<R> {
        /**
         * Requires a result.
         *
         * @param result  its result
         * @param adopted true when it was found in the target rather than performed now
         */
        public Done {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Whether it happened cannot be told; it stays begun and must not be sent again until a lookup says.
     *
     * @param reason why, in words
     */
    record Held<R>(String reason) implements EffectOutcome<R> {
    }

    /**
     * The effect was begun (or done) for a different intent: the input changed under it, a person decides.
     *
     * @param recorded what was recorded when it began
     * @param now      what it would be now
     */
    record IntentChanged<R>(java.util.Map<String, String> recorded, java.util.Map<String, String> now) implements EffectOutcome<R> {
        /**
         * The change, in words for a dead letter.
         *
         * @return the reason
         */
        public String reason() {
            return "begun for " + recorded + " but the input now asks for " + now;
        }
    }
}
