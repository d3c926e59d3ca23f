package io.tillbridge.syspro.internal;

/** What the connection got for a posting: SYSPRO's answer, or the lookup's proof that it was already applied. */
public sealed interface PostingAnswer {

    /** SYSPRO processed the posting and answered. */
    record Answered(XmlNode root) implements PostingAnswer {
    }

    /** The session ended under the call and the lookup found the posting already in SYSPRO. */
    record AlreadyApplied(Object found) implements PostingAnswer {
    }

    /** The service's outcome: the answer read into {@code R}, or already posted. */
    default <R> io.tillbridge.syspro.PostingOutcome<R> outcome(java.util.function.Function<XmlNode, R> reader) {
        if (this instanceof Answered answered) {
            return new io.tillbridge.syspro.PostingOutcome.Posted<>(reader.apply(answered.root()));
        }
        return new io.tillbridge.syspro.PostingOutcome.AlreadyPosted<>(((AlreadyApplied) this).found());
    }
}
