package io.tillbridge.kashflow.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/** Whether the client has been closed: a closed client refuses every further call. */
public final class ClientState {

    private final AtomicBoolean closed = new AtomicBoolean();

    /** @return true the first time only */
    public boolean close() {
        return closed.compareAndSet(false, true);
    }

    /** @throws IllegalStateException once the client is closed */
    public void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the KashFlow client is closed");
        }
    }
}
