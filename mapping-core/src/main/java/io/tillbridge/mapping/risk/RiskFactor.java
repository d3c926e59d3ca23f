package io.tillbridge.mapping.risk;

/**
 * One reason behind a score.
 *
 * @param code   a stable name, for example {@code AVS_CV2} or {@code AMOUNT_OUTLIER}
 * @param points what it added to the score
 * @param detail the evidence, in words
 */
public record RiskFactor(String code, int points, String detail) {

    @Override
    public String toString() {
        return code + " +" + points + ": " + detail;
    }
}
