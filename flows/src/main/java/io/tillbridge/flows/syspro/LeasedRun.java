package io.tillbridge.flows.syspro;

import io.tillbridge.client.TransportException;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectOutcome;
import io.tillbridge.flows.store.LeaseLostException;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.syspro.BusinessObjectNotLicensedException;
import io.tillbridge.syspro.BusinessObjectValidationException;
import io.tillbridge.syspro.SysproApiException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The frame every SYSPRO flow runs a subject in: the lease on (flow, subject), and every way a run can
 * end turned into a {@link SysproOutcome} — never an exception. What does not end done is parked on the
 * dead-letter queue with whether money moved; what ends done settles its letter.
 */
final class LeasedRun {

    private LeasedRun() {
    }

    /** A run stopped at an effect that did not finish (held or changed input). */
    static final class NotDone extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean held;

        NotDone(String reason, boolean held) {
            super(reason, null, false, false);
            this.held = held;
        }
    }

    /** A business refusal found by the flow itself (unknown stock, refund above payment …). */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The result of an effect that must be done before the run goes on. */
    static <R> R done(EffectOutcome<R> outcome, String what) {
        if (outcome instanceof EffectOutcome.Done<R> done) {
            return done.result();
        }
        throw new NotDone(EffectOutcome.whyNotDone(outcome, what), outcome instanceof EffectOutcome.Held<R>);
    }

    static SysproOutcome run(EffectEngine engine, String flow, String subject, Supplier<MoneyMoved> money,
                             Function<EffectEngine.Run, SysproOutcome> body) {
        Optional<EffectEngine.Run> started;
        try {
            started = engine.start(flow, subject);
        } catch (RuntimeException e) {
            return new SysproOutcome.Held(subject, "the flow store failed before anything was done: " + e.getMessage());
        }
        if (started.isEmpty()) {
            return new SysproOutcome.Busy(subject);
        }
        try (EffectEngine.Run run = started.get()) {
            SysproOutcome outcome = body.apply(run);
            if (outcome instanceof SysproOutcome.Done) {
                engine.settleDeadLetter(flow, subject, "done");
            }
            return outcome;
        } catch (LeaseLostException e) {
            return new SysproOutcome.Busy(subject);
        } catch (NotDone e) {
            return park(engine, flow, subject, e.getMessage(), money, e.held);
        } catch (Refused e) {
            return park(engine, flow, subject, e.getMessage(), money, false);
        } catch (BusinessObjectNotLicensedException e) {
            return park(engine, flow, subject, "SYSPRO's licence does not include " + e.businessObject() + ": " + e.getMessage(),
                    money, false);
        } catch (BusinessObjectValidationException e) {
            return park(engine, flow, subject, "SYSPRO refused " + e.businessObject() + ": " + e.errors(), money, false);
        } catch (TransportException | SysproApiException e) {
            // An outage or an ended session: nothing is known to be half done; the next run looks everything up first.
            return park(engine, flow, subject, "SYSPRO or Opayo could not be reached; run again: " + e.getMessage(), money, true);
        } catch (RuntimeException e) {
            return park(engine, flow, subject, "stopped by " + e.getClass().getSimpleName() + ": " + e.getMessage(), money, false);
        }
    }

    private static SysproOutcome park(EffectEngine engine, String flow, String subject, String why, Supplier<MoneyMoved> money,
                                      boolean held) {
        MoneyMoved moved;
        try {
            moved = money.get();
        } catch (RuntimeException e) {
            moved = MoneyMoved.unknown(null, null);
        }
        String said = moved.movement() == MoneyMoved.Movement.UNKNOWN && moved.amount() == null
                ? "whether money moved is not known here" : moved.toString();
        String reason = engine.park(flow, subject, why + "; " + said, moved);
        return held ? new SysproOutcome.Held(subject, reason) : new SysproOutcome.DeadLettered(subject, reason);
    }
}
