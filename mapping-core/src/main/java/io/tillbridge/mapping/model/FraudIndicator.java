package io.tillbridge.mapping.model;

import io.tillbridge.mapping.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * A risk verdict on a payment or order, with its reasons, for SYSPRO order processing and Zoho
 * custom fields.
 *
 * @param score    0 (no risk seen) to 100
 * @param decision what the thresholds say to do
 * @param reasons  why, one line per contributing signal
 */
public record FraudIndicator(int score, RiskDecision decision, List<String> reasons) {

    /**
     * Rejects a score outside 0 to 100 and a missing decision.
     *
     * @param score    0 (no risk seen) to 100
     * @param decision what the thresholds say to do
     * @param reasons  why, one line per contributing signal
     */
    public FraudIndicator {
        if (score < 0 || score > 100) {
            throw new InvalidInputException("score", "must be between 0 and 100, got " + score);
        }
        Objects.requireNonNull(decision, "decision");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
