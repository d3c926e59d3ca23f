package io.tillbridge.client.internal.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Bounds blocking exchanges as a whole, body included ({@code HttpRequest.timeout} stops at the
 * response headers). One daemon thread looks at the attempts in flight every tick and interrupts any
 * past its deadline; {@code HttpClient.send} answers an interrupt by cancelling the exchange.
 *
 * <p>Why not a timer task per call: scheduling one wakes the timer thread on every call, which cost
 * about 30 µs a call in the client-overhead benchmark (as Failsafe's interrupting {@code Timeout} did);
 * {@code sendAsync(...).get(timeout)} cost far more, for its hand-off to another thread. Here a call
 * costs one set insertion and removal, and a deadline is enforced to within one tick.
 */
final class AttemptWatchdog {

    static final AttemptWatchdog SHARED = new AttemptWatchdog(Duration.ofMillis(50));

    private final Set<Guard> inFlight = ConcurrentHashMap.newKeySet();
    private final long tickNanos;
    private volatile Thread thread;

    AttemptWatchdog(Duration tick) {
        this.tickNanos = tick.toNanos();
    }

    /** Starts guarding the calling thread's attempt; close the guard when the attempt ends, however it ends. */
    Guard guard(Duration bound) {
        startIfNeeded();
        Guard guard = new Guard(Thread.currentThread(), System.nanoTime() + bound.toNanos());
        inFlight.add(guard);
        return guard;
    }

    private void startIfNeeded() {
        if (thread == null) {
            synchronized (this) {
                if (thread == null) {
                    Thread t = new Thread(this::run, "tillbridge-attempt-watchdog");
                    t.setDaemon(true);
                    t.start();
                    thread = t;
                }
            }
        }
    }

    private void run() {
        while (true) {
            LockSupport.parkNanos(tickNanos);
            expireOverdue(System.nanoTime());
        }
    }

    /** Interrupts every attempt whose deadline has passed at {@code now}. */
    void expireOverdue(long now) {
        for (Guard guard : inFlight) {
            if (now - guard.deadline >= 0) {
                guard.expire();
            }
        }
    }

    /** One guarded attempt. The state machine makes sure an interrupt never outlives its attempt. */
    final class Guard implements AutoCloseable {
        private static final int RUNNING = 0;
        private static final int EXPIRING = 1;
        private static final int EXPIRED = 2;
        private static final int DONE = 3;

        private final Thread owner;
        private final long deadline;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private boolean closed; // touched only by the owner thread

        private Guard(Thread owner, long deadline) {
            this.owner = owner;
            this.deadline = deadline;
        }

        private void expire() {
            if (state.compareAndSet(RUNNING, EXPIRING)) {
                owner.interrupt();
                state.set(EXPIRED);
            }
        }

        /** Whether the watchdog cut this attempt off (meaningful after {@link #close()}). */
        boolean expired() {
            return state.get() == EXPIRED;
        }

        /**
         * Ends the guard. If the watchdog fired, waits the few instructions until its interrupt is
         * delivered and clears it, so a caller that finished in the same instant is not left interrupted.
         * Idempotent.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            inFlight.remove(this);
            if (!state.compareAndSet(RUNNING, DONE)) {
                while (state.get() != EXPIRED) {
                    Thread.onSpinWait();
                }
                Thread.interrupted();
            }
        }
    }
}
