package io.tillbridge.flows.kashflow;

import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.LeaseLostException;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.kashflow.AccountLockedException;
import java.util.Optional;
import java.util.function.Function;

/**
 * How every KashFlow flow runs one subject: under the engine's lease on (flow, subject); a business
 * stop, a failure of KashFlow or of host code ends as a dead letter naming whether money moved; a
 * finished subject settles its old letter. Never throws.
 */
final class FlowRuns {

    /** A business reason the subject cannot go on: dead-lettered with its words. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(String reason) {
            super(reason, null, false, false);
        }
    }

    private FlowRuns() {
    }

    static KashFlowOutcome run(EffectEngine engine, String flow, String subject, MoneyMoved money,
                               Function<EffectEngine.Run, KashFlowOutcome> body) {
        Optional<EffectEngine.Run> started;
        try {
            started = engine.start(flow, subject);
        } catch (RuntimeException e) {
            return new KashFlowOutcome.DeadLettered(subject, "the flow store failed before anything was posted: " + e.getMessage()
                    + "; " + money);
        }
        if (started.isEmpty()) {
            return new KashFlowOutcome.Busy(subject, "another runner holds " + flow + " " + subject);
        }
        try (EffectEngine.Run run = started.get()) {
            KashFlowOutcome outcome = body.apply(run);
            if (!(outcome instanceof KashFlowOutcome.DeadLettered)) {
                engine.settleDeadLetter(flow, subject, "run again: " + outcome);
            }
            return outcome;
        } catch (LeaseLostException e) {
            return new KashFlowOutcome.Busy(subject, e.getMessage());
        } catch (Stop e) {
            return park(engine, flow, subject, e.getMessage(), money);
        } catch (AccountLockedException e) {
            return park(engine, flow, subject, "KashFlow account locked: nothing more is sent until a person unlocks the user ("
                    + e.getMessage() + ")", money);
        } catch (RuntimeException e) {
            return park(engine, flow, subject, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), money);
        }
    }

    static KashFlowOutcome park(EffectEngine engine, String flow, String subject, String reason, MoneyMoved money) {
        return new KashFlowOutcome.DeadLettered(subject, engine.park(flow, subject, reason + " [" + money + "]", money));
    }
}
