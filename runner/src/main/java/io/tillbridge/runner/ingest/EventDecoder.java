package io.tillbridge.runner.ingest;

/**
 * Verifies and reads one source's deliveries (Zoho webhooks, Opayo Server notifications, …). A decoder
 * verifies before it parses anything, and says what the delivery means as a {@link Decision}.
 */
@FunctionalInterface
public interface EventDecoder {

    Decision decode(InboundEvent event);

    /** What a delivery means. */
    sealed interface Decision permits Work, Ignore, Reject {
    }

    /**
     * Schedule {@code subject} under the runner's work {@code kind}; {@code eventId} identifies the
     * delivery for the replay check (the same id delivered again is refused).
     *
     * @param payload what the delivery carried that the work can use instead of reading it again (a
     *                webhook's sales order), kept with the scheduled work; null for none
     */
    record Work(String eventId, String kind, String subject, String payload) implements Decision {

        /** Work that carries nothing but its subject. */
        public Work(String eventId, String kind, String subject) {
            this(eventId, kind, subject, null);
        }
    }

    /** Verified, but nothing to do (an event type we do not act on, or a status that needs no work). */
    record Ignore(String eventId, String reason) implements Decision {
    }

    /** Refused: bad signature ({@link Reason#UNAUTHENTIC}), unreadable body ({@link Reason#MALFORMED}), unknown type. */
    record Reject(Reason reason, String detail) implements Decision {
    }

    /** Why a delivery was refused; each has its own HTTP status. */
    enum Reason {
        UNAUTHENTIC(401),
        MALFORMED(400),
        UNKNOWN_TYPE(422);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
