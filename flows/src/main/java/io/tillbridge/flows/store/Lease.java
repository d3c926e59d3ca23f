package io.tillbridge.flows.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The right to run one flow for one subject, held by one runner until it expires. Every write made
 * under it carries its fencing token: once another runner takes the lease (after expiry), the token
 * moves on and the old holder's writes are refused with {@link LeaseLostException}, so a runner that
 * stalled cannot act on a subject someone else is now running.
 *
 * @param flow      the flow
 * @param subject   the subject (a sales order id, a credit note id …)
 * @param owner     who holds it (a runner id)
 * @param token     the fencing token; grows by one every time the lease is taken
 * @param expiresAt when it lapses unless renewed
 */
public record Lease(String flow, String subject, String owner, long token, Instant expiresAt) {

    /**
     * Requires the flow, subject and owner.
     *
     * @param flow      the flow
     * @param subject   the subject (a sales order id, a credit note id …)
     * @param owner     who holds it (a runner id)
     * @param token     the fencing token; grows by one every time the lease is taken
     * @param expiresAt when it lapses unless renewed
     */
    public Lease {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
