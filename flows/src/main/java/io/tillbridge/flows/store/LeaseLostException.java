package io.tillbridge.flows.store;

import io.tillbridge.TillbridgeException;

/**
 * A write was refused because the runner no longer holds the lease it wrote under: it expired, or
 * another runner took it. The runner must stop work on that subject before its next effect.
 */
public final class LeaseLostException extends TillbridgeException {

    private static final long serialVersionUID = 1L;

    private final transient Lease lease;

    /**
     * Creates the exception.
     *
     * @param lease the lease that was lost
     * @param why   how it was found lost
     */
    public LeaseLostException(Lease lease, String why) {
        super("lease on " + lease.flow() + " " + lease.subject() + " (token " + lease.token() + ", owner " + lease.owner()
                + ") is lost: " + why);
        this.lease = lease;
    }

    /**
     * The lease that was lost.
     *
     * @return the lease
     */
    public Lease lease() {
        return lease;
    }
}
