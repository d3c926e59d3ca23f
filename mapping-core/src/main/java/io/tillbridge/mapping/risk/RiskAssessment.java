package io.tillbridge.mapping.risk;

import io.tillbridge.mapping.model.FraudIndicator;
import io.tillbridge.mapping.model.RiskDecision;
import java.util.List;

/**
 * A score with everything that made it: the factors add up to the score (capped at 100).
 *
 * @param score    0–100
 * @param decision PASS, REVIEW or HOLD by the policy's thresholds
 * @param factors  every signal that added points, largest first
 */
public record RiskAssessment(int score, RiskDecision decision, List<RiskFactor> factors) {

    /**
     * Copies the list of factors.
     *
     * @param score    0–100
     * @param decision PASS, REVIEW or HOLD by the policy's thresholds
     * @param factors  every signal that added points, largest first
     */
    public RiskAssessment {
        factors = List.copyOf(factors);
    }

    /**
     * The canonical form the flows write to SYSPRO and Zoho custom fields.
     *
     * @return the fraud indicator
     */
    public FraudIndicator toFraudIndicator() {
        return new FraudIndicator(score, decision, factors.stream().map(RiskFactor::toString).toList());
    }
}
