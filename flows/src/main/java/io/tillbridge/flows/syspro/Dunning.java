package io.tillbridge.flows.syspro;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What happens after a recurring charge is declined: it is tried again at each delay after the due date,
 * and after the last one it is dead-lettered and the host is told.
 *
 * @param retryAfter delays after the due date of the second, third … attempt, increasing
 */
public record Dunning(List<Duration> retryAfter) {

    /**
     * Copies the delays and requires them to increase.
     *
     * @param retryAfter delays after the due date of the second, third … attempt, increasing
     */
    public Dunning {
        retryAfter = List.copyOf(Objects.requireNonNull(retryAfter, "retryAfter"));
        for (int i = 1; i < retryAfter.size(); i++) {
            if (retryAfter.get(i).compareTo(retryAfter.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("retryAfter must increase; entry " + i + " does not");
            }
        }
    }

    /**
     * Retries after 1, 3 and 7 days.
     *
     * @return the standard dunning
     */
    public static Dunning standard() {
        return new Dunning(List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7)));
    }

    /**
     * How many attempts in all.
     *
     * @return the number of attempts, the first included
     */
    public int attempts() {
        return retryAfter.size() + 1;
    }

    /**
     * How long after the due date attempt {@code n} (1-based) may be made.
     *
     * @param attempt the attempt's number, from 1
     * @return the delay after the due date
     */
    public Duration delayOf(int attempt) {
        return attempt <= 1 ? Duration.ZERO : retryAfter.get(attempt - 2);
    }
}
