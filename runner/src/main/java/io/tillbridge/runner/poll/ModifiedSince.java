package io.tillbridge.runner.poll;

import io.tillbridge.runner.RunnerException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A poll's position in a list of records by modification time: the newest time seen, with the ids seen
 * at that very time. Zoho's timestamps have whole seconds, so a record changed later in the same second
 * is still found, and one already found at that second is not found again.
 */
final class ModifiedSince {

    private final Instant since;
    private final Set<String> idsAtSince;
    private Instant newest;
    private final Set<String> atNewest;

    private ModifiedSince(Instant since, Set<String> idsAtSince) {
        this.since = since;
        this.idsAtSince = Set.copyOf(idsAtSince);
        this.newest = since;
        this.atNewest = new LinkedHashSet<>(idsAtSince);
    }

    /** The stored position, or {@code firstSince} when there is none yet. */
    static ModifiedSince from(java.util.Optional<String> stored, Instant firstSince) {
        if (stored.isEmpty()) {
            return new ModifiedSince(firstSince, Set.of());
        }
        String text = stored.get();
        int bar = text.indexOf('|');
        try {
            Instant since = Instant.parse(bar < 0 ? text : text.substring(0, bar));
            Set<String> ids = bar < 0 || bar == text.length() - 1 ? Set.of()
                    : new LinkedHashSet<>(Arrays.asList(text.substring(bar + 1).split(",")));
            return new ModifiedSince(since, ids);
        } catch (java.time.format.DateTimeParseException e) {
            throw new RunnerException("poll position '" + text + "' is not <instant>|<ids>");
        }
    }

    /** Where the previous poll stopped. */
    Instant since() {
        return since;
    }

    /** Whether a record modified at {@code modified} is older than the position (so older than anything new). */
    boolean before(Instant modified) {
        return modified.isBefore(since);
    }

    /**
     * Takes a record into account for the next position; true when it is new to this poll (modified
     * after the position, or at it but not seen there before).
     */
    boolean see(String id, Instant modified) {
        boolean seenBefore = modified.equals(since) && idsAtSince.contains(id);
        if (modified.isAfter(newest)) {
            newest = modified;
            atNewest.clear();
        }
        if (modified.equals(newest)) {
            atNewest.add(id);
        }
        return !seenBefore && !modified.isBefore(since);
    }

    /** The position to store: the newest time seen and the ids seen at it. */
    String next() {
        return newest + "|" + String.join(",", atNewest);
    }
}
