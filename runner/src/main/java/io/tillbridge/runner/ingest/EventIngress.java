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

    /** The status, content type and body to answer the delivery with. */
    public record Reply(int status, String contentType, String body) {
    }

    /** Builds the reply a source expects (Opayo Server wants {@code Status=...} lines, Zoho any 2xx). */
    public interface Replies {
        /** The delivery was taken in (scheduled, or verified and needing nothing). */
        Reply accepted(String detail);

        /**
         * The delivery was received before: nothing is scheduled again. A sender that retries because
         * our first answer was lost must be told it arrived, or it would retry for ever.
         */
        Reply duplicate(String detail);

        /** The delivery was refused; {@code status} is the HTTP status a plain web hook expects. */
        Reply refused(int status, String detail);

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

    /** One source: its decoder and its way of answering. */
    public record Source(EventDecoder decoder, Replies replies) {
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
        /** True when the id is new (and is now remembered); false for a replay. */
        boolean firstSighting(String source, String eventId);

        /** Forgets an id whose work could not be scheduled, so that the sender's retry is taken. */
        void forget(String source, String eventId);
    }

    /** Usually built by {@link TillbridgeRunner#ingress(Map, int)}, which remembers ids in the runner's database. */
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
