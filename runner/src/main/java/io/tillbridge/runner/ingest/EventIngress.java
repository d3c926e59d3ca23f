package io.tillbridge.runner.ingest;

import io.tillbridge.runner.RunnerException;
import io.tillbridge.runner.TillbridgeRunner;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes incoming webhooks and notifications, framework-neutral: the host's web layer hands over the
 * headers and raw body and writes back the {@link Reply}. In order: the size is checked before anything
 * is read or hashed; the source's decoder verifies and reads it; a delivery id seen before is refused
 * (ids are kept in the runner's database, so a replay to another instance is refused too); the work is
 * scheduled on the runner. Nothing is scheduled for a refused delivery.
 */
public final class EventIngress {

    private static final Logger LOG = LoggerFactory.getLogger(EventIngress.class);

    /**
     * The status, content type and body to answer the delivery with.
     *
     * @param status      the HTTP status
     * @param contentType the {@code Content-Type} header's value
     * @param body        the response body; a short explanation, never the delivery's content
     */
    public record Reply(int status, String contentType, String body) {
    }

    /** Builds the reply a source expects (Opayo Server wants {@code Status=...} lines, Zoho any 2xx). */
    public interface Replies {
        /**
         * The delivery was taken in (scheduled, or verified and needing nothing).
         *
         * @param detail what was done: {@code "scheduled"}, or why nothing was
         * @return the answer that tells the sender not to send it again
         */
        Reply accepted(String detail);

        /**
         * The delivery was received before: nothing is scheduled again. A sender that retries because
         * our first answer was lost must be told it arrived, or it would retry for ever.
         *
         * @param detail a short note that the delivery was already received
         * @return an answer the sender reads as success
         */
        Reply duplicate(String detail);

        /**
         * The delivery was refused; {@code status} is the HTTP status a plain web hook expects.
         *
         * @param status 4xx when the delivery itself is wrong (the sender should not retry it as is), 503
         *               when it could not be scheduled now (the sender should retry)
         * @param detail why, in a few words; never the body or a secret
         * @return the answer in the form this source's sender understands
         */
        Reply refused(int status, String detail);

        /** Plain HTTP: the status says it all, with the detail as a text body; what Zoho webhooks expect. */
        Replies PLAIN = new Replies() {
            @Override
            public Reply accepted(String detail) {
                return new Reply(200, "text/plain; charset=utf-8", detail);
            }

            @Override
            public Reply duplicate(String detail) {
                return new Reply(200, "text/plain; charset=utf-8", detail);
            }

            @Override
            public Reply refused(int status, String detail) {
                return new Reply(status, "text/plain; charset=utf-8", detail);
            }
        };
    }

    /**
     * One source: its decoder and its way of answering.
     *
     * @param decoder verifies and reads the source's deliveries
     * @param replies builds the answers the source's sender expects
     */
    public record Source(EventDecoder decoder, Replies replies) {
        /**
         * Checks that both parts are there.
         *
         * @param decoder verifies and reads the source's deliveries
         * @param replies builds the answers the source's sender expects
         */
        public Source {
            Objects.requireNonNull(decoder, "decoder");
            Objects.requireNonNull(replies, "replies");
        }
    }

    private final TillbridgeRunner runner;
    private final Map<String, Source> sources;
    private final int maxBodyBytes;
    private final SeenEvents seen;

    /** Where delivery ids are remembered; the runner's database in production. */
    public interface SeenEvents {
        /**
         * Remembers a delivery id, atomically across instances.
         *
         * @param source  the source's name, since ids are unique only within one source
         * @param eventId the delivery's id
         * @return true when the id is new (and is now remembered); false for a replay
         */
        boolean firstSighting(String source, String eventId);

        /**
         * Forgets an id whose work could not be scheduled, so that the sender's retry is taken.
         *
         * @param source  the source's name
         * @param eventId the delivery's id
         */
        void forget(String source, String eventId);
    }

    /**
     * Usually built by {@link TillbridgeRunner#ingress(Map, int)}, which remembers ids in the runner's database.
     *
     * @param runner       schedules the work a delivery asks for
     * @param sources      by name, the name being what the host's web layer passes to {@link #handle}
     * @param maxBodyBytes larger deliveries are refused (413) before they are decoded
     * @param seen         remembers delivery ids, so that a replay schedules nothing
     * @throws RunnerException when {@code maxBodyBytes} is not positive
     */
    public EventIngress(TillbridgeRunner runner, Map<String, Source> sources, int maxBodyBytes, SeenEvents seen) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.sources = Map.copyOf(sources);
        if (maxBodyBytes < 1) {
            throw new RunnerException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
        this.seen = Objects.requireNonNull(seen, "seen");
    }

    /**
     * Handles one delivery to {@code source} (a name given at construction, e.g. {@code "zoho"}).
     * Never throws for anything the sender did; a failure to schedule answers 503 so the sender retries.
     *
     * @param source the source's name, typically from the request path
     * @param event  the delivery as it arrived
     * @return the answer for the host's web layer to write back: 404 for an unknown source, 413 for too
     *         large a body, the source's own answers otherwise
     */
    public Reply handle(String source, InboundEvent event) {
        Source configured = sources.get(source);
        if (configured == null) {
            return Replies.PLAIN.refused(404, "unknown source");
        }
        Replies replies = configured.replies();
        if (event.size() > maxBodyBytes) {
            return replies.refused(413, "body larger than " + maxBodyBytes + " bytes");
        }
        EventDecoder.Decision decision;
        try {
            decision = configured.decoder().decode(event);
        } catch (RuntimeException e) {
            LOG.warn("{} delivery could not be read: {}", source, e.getClass().getSimpleName());
            return replies.refused(400, "unreadable delivery");
        }
        if (decision instanceof EventDecoder.Reject reject) {
            LOG.info("{} delivery refused: {}", source, reject.reason());
            return replies.refused(reject.reason().status(), reject.detail());
        }
        String eventId = decision instanceof EventDecoder.Work w ? w.eventId() : ((EventDecoder.Ignore) decision).eventId();
        if (eventId == null || eventId.isBlank()) {
            return replies.refused(400, "delivery has no id");
        }
        if (!seen.firstSighting(source, eventId)) {
            LOG.info("{} delivery {} was received before; nothing scheduled", source, eventId);
            return replies.duplicate("duplicate: already received");
        }
        if (decision instanceof EventDecoder.Ignore ignore) {
            return replies.accepted("ignored: " + ignore.reason());
        }
        EventDecoder.Work work = (EventDecoder.Work) decision;
        try {
            runner.submit(work.kind(), work.subject(), work.payload());
        } catch (RuntimeException e) {
            seen.forget(source, eventId);
            LOG.warn("{} delivery {} could not be scheduled: {}", source, eventId, e.getMessage());
            return replies.refused(503, "could not schedule; please retry");
        }
        return replies.accepted("scheduled");
    }
}
