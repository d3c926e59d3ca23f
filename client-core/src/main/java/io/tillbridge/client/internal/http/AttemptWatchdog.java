package io.tillbridge.client.internal.http;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Cuts off a response body that trickles in past its attempt's bound ({@code HttpRequest.timeout}
 * stops at the response headers). It does so by closing the body's stream, which cancels the exchange
 * and ends the caller's blocked read with an {@code IOException}; it never interrupts the caller, so
 * the caller's own interrupt status is never set or cleared here.
 *
 * <p>Owned by one transport. Its daemon thread starts with the first guarded body, looks at the bodies
 * in flight once a tick while there are any, parks (no ticking) while there are none, ends after
 * {@code idleLinger} idle or at once when interrupted while idle (so {@code exec:java} and container
 * shutdowns that interrupt stray threads see it go), survives interrupts while bodies are in flight
 * (it is still needed then) without spinning, and ends for good at {@link #close()}.
 *
 * <p>Why not a timer task per call: scheduling one wakes the timer thread on every call, about 30 µs a
 * call in the client-overhead benchmark (as Failsafe's interrupting {@code Timeout} did); here a busy
 * call costs one set insertion and removal, and a bound is enforced to within one tick.
 */
final class AttemptWatchdog implements AutoCloseable {

    private final String threadName;
    private final long tickNanos;
    private final long idleLingerNanos;
    private final Set<Guard> inFlight = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private volatile Thread thread; // written under lock
    private volatile boolean idle; // written under lock when the thread leaves
    private volatile boolean closed;
    private final AtomicLong wakeups = new AtomicLong();
    /** The blocker of the idle park, so that a test can see the thread parked without ticking rather than time it. */
    private final Object idleParking = new Object();

    AttemptWatchdog(String threadName, Duration tick, Duration idleLinger) {
        this.threadName = threadName;
        this.tickNanos = tick.toNanos();
        this.idleLingerNanos = idleLinger.toNanos();
    }

    /**
     * Guards a body being read until {@code deadlineNanos} ({@link System#nanoTime()} scale): past it,
     * {@code body} is closed. Close the guard when the read ends, however it ends.
     *
     * @throws IllegalStateException when the watchdog is closed
     */
    Guard guard(long deadlineNanos, Closeable body) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        Guard guard = new Guard(deadlineNanos, body);
        inFlight.add(guard);
        // Read under the lock the thread decides to exit under: either the thread's check of inFlight
        // comes after this add (it stays), or its exit came before this check (thread is null, and a new
        // one starts). Read without the lock, thread and idle could be seen half-way through an exit
        // (the old thread, then idle already cleared) and the guard left unwatched.
        synchronized (lock) {
            if (thread == null || idle) {
                wake();
            }
        }
        if (closed) { // closed while this was being added
            guard.expire();
        }
        return guard;
    }

    /** Starts the thread, or unparks it; under the lock. */
    private void wake() {
        if (closed) {
            return;
        }
        Thread t = thread;
        if (t == null) {
            t = new Thread(this::run, threadName);
            t.setDaemon(true);
            thread = t;
            t.start();
        } else {
            LockSupport.unpark(t);
        }
    }

    private void run() {
        long idleSince = System.nanoTime();
        boolean wasIdle = false;
        while (!closed) {
            wakeups.incrementAndGet();
            if (inFlight.isEmpty()) {
                idle = true;
                if (!wasIdle) {
                    idleSince = System.nanoTime();
                    wasIdle = true;
                }
                if (inFlight.isEmpty()) {
                    LockSupport.parkNanos(idleParking, idleLingerNanos);
                    boolean interrupted = Thread.interrupted(); // consumed: a set flag would make park return at once, for ever
                    synchronized (lock) {
                        if (closed || inFlight.isEmpty() && (interrupted || System.nanoTime() - idleSince >= idleLingerNanos)) {
                            if (thread == Thread.currentThread()) {
                                thread = null;
                            }
                            idle = false;
                            return; // the next guard starts a new thread
                        }
                    }
                }
                idle = false;
                continue;
            }
            wasIdle = false;
            LockSupport.parkNanos(this, tickNanos);
            Thread.interrupted(); // asked to stop while bodies are in flight: they still need a bound; leave when idle
            expireOverdue(System.nanoTime());
        }
        synchronized (lock) {
            if (thread == Thread.currentThread()) {
                thread = null;
            }
        }
    }

    /** Cuts off every body whose deadline has passed at {@code now}. */
    void expireOverdue(long now) {
        for (Guard guard : inFlight) {
            if (now - guard.deadline >= 0) {
                guard.expire();
            }
        }
    }

    /** Whether its thread is running; for tests. */
    boolean running() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    /** Whether its thread is parked in the idle park (which lasts the whole linger, no tick); for tests. */
    boolean parkedIdle(Thread t) {
        return t.getState() == Thread.State.TIMED_WAITING && LockSupport.getBlocker(t) == idleParking;
    }

    /** Whether its thread has nothing to watch; for tests. */
    boolean idle() {
        return idle;
    }

    /** How many times its thread has woken up; tests count these to prove it neither ticks idle nor spins. */
    long wakeups() {
        return wakeups.get();
    }

    /** The thread, when running; for tests. */
    Thread threadIfRunning() {
        return thread;
    }

    /**
     * Stops for good: bodies still being read are cut off, the thread ends (waited for up to two seconds,
     * so that a host that closes its clients then checks its threads finds none). Idempotent.
     */
    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            closed = true;
            t = thread;
        }
        inFlight.forEach(Guard::expire);
        if (t != null && t != Thread.currentThread()) {
            LockSupport.unpark(t);
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the caller's, kept
            }
        }
    }

    /** One guarded body. */
    final class Guard implements AutoCloseable {
        private final long deadline;
        private final Closeable body;
        private final AtomicBoolean expired = new AtomicBoolean();

        private Guard(long deadline, Closeable body) {
            this.deadline = deadline;
            this.body = body;
        }

        void expire() {
            if (expired.compareAndSet(false, true)) {
                try {
                    body.close(); // cancels the exchange; the reader's blocked read fails with an IOException
                } catch (IOException | RuntimeException ignored) {
                    // already closed or failed: the reader sees that failure instead
                }
            }
        }

        /** Whether the watchdog cut this body off. */
        boolean expired() {
            return expired.get();
        }

        /** Ends the guard; idempotent. */
        @Override
        public void close() {
            inFlight.remove(this);
        }
    }
}
