package io.tillbridge.runner.ingest;

/**
 * Verifies and reads one source's deliveries (Zoho webhooks, Opayo Server notifications, …). A decoder
 * verifies before it parses anything, and says what the delivery means as a {@link Decision}.
 */
@FunctionalInterface
public interface EventDecoder {

    /**
     * Verifies one delivery and says what it means. A decoder answers a {@link Reject} rather than
     * throwing for anything the sender got wrong, so that the sender is told why.
     *
     * @param event the delivery exactly as it arrived
     * @return the work to schedule, a verified delivery to acknowledge and drop, or a refusal
     */
    Decision decode(InboundEvent event);

    /** What a delivery means. */
    sealed interface Decision permits Work, Ignore, Reject {
    }

    /**
     * Schedule {@code subject} under the runner's work {@code kind}; {@code eventId} identifies the
     * delivery for the replay check (the same id delivered again is refused).
     *
     * @param eventId the delivery's id, remembered so that the same delivery again schedules nothing
     * @param kind    the runner's work kind, e.g. {@link io.tillbridge.runner.TillbridgeRunner#ORDERS}
     * @param subject what the work is about: a sales order id, a credit note id, a VPSTxId
     * @param payload what the delivery carried that the work can use instead of reading it again (a
     *                webhook's sales order), kept with the scheduled work; null for none
     */
    record Work(String eventId, String kind, String subject, String payload) implements Decision {

        /**
         * Work that carries nothing but its subject.
         *
         * @param eventId the delivery's id, for the replay check
         * @param kind    the runner's work kind
         * @param subject what the work is about
         */
        public Work(String eventId, String kind, String subject) {
            this(eventId, kind, subject, null);
        }
    }

    /**
     * Verified, but nothing to do (an event type we do not act on, or a status that needs no work).
     *
     * @param eventId the delivery's id, remembered like a {@link Work}'s so a repeat is answered as a duplicate
     * @param reason  why nothing is done, for the log and the reply
     */
    record Ignore(String eventId, String reason) implements Decision {
    }

    /**
     * Refused: bad signature ({@link Reason#UNAUTHENTIC}), unreadable body ({@link Reason#MALFORMED}), unknown type.
     *
     * @param reason why, which also decides the HTTP status
     * @param detail a short explanation for the sender; never the body or a secret
     */
    record Reject(Reason reason, String detail) implements Decision {
    }

    /** Why a delivery was refused; each has its own HTTP status. */
    enum Reason {
        /** The signature or shared secret does not match: the delivery may not come from the source at all. */
        UNAUTHENTIC(401),
        /** The body cannot be read as the source's format. */
        MALFORMED(400),
        /** Authentic and readable, but an event type or status this decoder does not know. */
        UNKNOWN_TYPE(422);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        /**
         * The HTTP status answered to the sender, for sources that read it.
         *
         * @return 401, 400 or 422
         */
        public int status() {
            return status;
        }
    }
}
