package io.tillbridge.flows.ordertocash;

import io.tillbridge.opayo.transactions.TransactionOutcome;
import java.util.Optional;

/**
 * Takes the shopper through a 3-D Secure challenge. In production the browser posts to the ACS and
 * the answer comes back later to the host's web endpoint; the sandbox answers at once.
 */
@FunctionalInterface
public interface ChallengeHandler {

    /**
     * Asks for the shopper's answer to a challenge Opayo raised. Called again on each run while the
     * order is held, so it must answer the same challenge the same way.
     *
     * @param challenge what Opayo asked for: the ACS URL and the request to post to it
     * @return the ACS's answer ({@code PaRes} for v1, {@code cres} for v2), or empty when the shopper
     *         has not finished yet (the order waits, held)
     */
    Optional<String> complete(TransactionOutcome.ChallengeRequired challenge);
}
