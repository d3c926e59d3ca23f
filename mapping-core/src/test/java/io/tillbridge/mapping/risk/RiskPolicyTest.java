package io.tillbridge.mapping.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.model.AvsCv2Result;
import io.tillbridge.mapping.model.AvsCv2Result.Check;
import io.tillbridge.mapping.model.RiskDecision;
import io.tillbridge.mapping.model.ThreeDSecureResult;
import io.tillbridge.mapping.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    /** Ten ordinary payments of 40–60 GBP spread over the last month. */
    private static List<PriorPayment> ordinaryHistory() {
        List<PriorPayment> history = new ArrayList<>();
        String[] amounts = {"40.00", "45.00", "50.00", "55.00", "60.00", "48.00", "52.00", "50.00", "47.00", "53.00"};
        for (int i = 0; i < amounts.length; i++) {
            history.add(new PriorPayment(Money.of(amounts[i], "GBP"), NOW.minus(Duration.ofDays(3L * (i + 1)))));
        }
        return history;
    }

    private static AvsCv2Result avs(String overall) {
        return new AvsCv2Result(AvsCv2Result.Overall.valueOf(overall), Check.UNKNOWN, Check.UNKNOWN, Check.UNKNOWN);
    }

    @ParameterizedTest(name = "{0}: {1}/{2} {3} {4}->{5} → {6} {7}")
    @CsvSource({
        // case,                  avs,                      3ds,               amount,  bill, ship, score, decision
        "clean,                   ALL_MATCHED,              AUTHENTICATED,     50.00,   GB,   GB,   0,     PASS",
        "cv2 only,                SECURITY_CODE_MATCH_ONLY, AUTHENTICATED,     50.00,   GB,   GB,   10,    PASS",
        "nothing matched,         NO_MATCHES,               AUTHENTICATED,     50.00,   GB,   GB,   25,    PASS",
        "nothing matched abroad,  NO_MATCHES,               AUTHENTICATED,     50.00,   GB,   FR,   35,    REVIEW",
        "3ds failed,              ALL_MATCHED,              NOT_AUTHENTICATED, 50.00,   GB,   GB,   35,    REVIEW",
        "elevated amount,         ALL_MATCHED,              AUTHENTICATED,     63.00,   GB,   GB,   10,    PASS",
        "outlier amount,          ALL_MATCHED,              AUTHENTICATED,     500.00,  GB,   GB,   25,    PASS",
        "everything wrong,        NO_MATCHES,               NOT_AUTHENTICATED, 500.00,  GB,   NG,   100,   HOLD",
        "smaller than usual,      ALL_MATCHED,              AUTHENTICATED,     1.00,    GB,   GB,   0,     PASS",
    })
    void scoresEachSignal(String name, String avs, ThreeDSecureResult threeDs, String amount, String billing,
                          String shipping, int score, RiskDecision decision) {
        RiskPolicy policy = RiskPolicy.defaults().toBuilder().highRiskCountries(Set.of("ng"), 25).build();
        RiskAssessment assessment = policy.assess(new RiskInput(Money.of(amount, "GBP"), NOW, avs(avs), threeDs,
                billing, shipping, ordinaryHistory()));
        assertThat(assessment.score()).as(assessment.factors().toString()).isEqualTo(score);
        assertThat(assessment.decision()).isEqualTo(decision);
        assertThat(assessment.factors().stream().mapToInt(RiskFactor::points).sum()).isGreaterThanOrEqualTo(score);
    }

    @Test
    void explainsTheAmountWithMedianMadAndZ() {
        RiskAssessment assessment = RiskPolicy.defaults().assess(new RiskInput(Money.of("500.00", "GBP"), NOW,
                null, null, "GB", "GB", ordinaryHistory()));
        assertThat(assessment.factors()).containsExactly(new RiskFactor("AMOUNT_OUTLIER", 25,
                "GBP 500.00 against a median of 50.00 (MAD 3.00) over 10 payments, robust z 101.18"));
        assertThat(assessment.toFraudIndicator().reasons()).containsExactly(
                "AMOUNT_OUTLIER +25: GBP 500.00 against a median of 50.00 (MAD 3.00) over 10 payments, robust z 101.18");
    }

    @Test
    void aThinHistoryIsNamedAndForeignCurrenciesAreNotCompared() {
        List<PriorPayment> history = List.of(
                new PriorPayment(Money.of("50.00", "GBP"), NOW.minus(Duration.ofDays(9))),
                new PriorPayment(Money.of("5000", "JPY"), NOW.minus(Duration.ofDays(8))));
        RiskAssessment assessment = RiskPolicy.defaults().assess(new RiskInput(Money.of("50.00", "GBP"), NOW,
                null, null, null, null, history));
        assertThat(assessment.factors()).containsExactly(new RiskFactor("THIN_HISTORY", 5,
                "1 earlier payments in GBP (1 in other currencies not compared); 5 needed to judge the amount"));
    }

    @Test
    void identicalPastAmountsMakeAnyLargerAmountAnOutlier() {
        List<PriorPayment> same = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            same.add(new PriorPayment(Money.of("9.99", "GBP"), NOW.minus(Duration.ofDays(30L * (i + 1)))));
        }
        RiskPolicy policy = RiskPolicy.defaults();
        assertThat(policy.assess(new RiskInput(Money.of("9.99", "GBP"), NOW, null, null, null, null, same)).score()).isZero();
        assertThat(policy.assess(new RiskInput(Money.of("10.00", "GBP"), NOW, null, null, null, null, same)).factors())
                .extracting(RiskFactor::code).containsExactly("AMOUNT_OUTLIER");
    }

    @Test
    void countsPaymentsInTheVelocityWindow() {
        List<PriorPayment> burst = new ArrayList<>(ordinaryHistory());
        burst.add(new PriorPayment(Money.of("50.00", "GBP"), NOW.minus(Duration.ofMinutes(5))));
        burst.add(new PriorPayment(Money.of("50.00", "GBP"), NOW.minus(Duration.ofMinutes(20))));
        RiskPolicy policy = RiskPolicy.defaults();
        RiskInput two = new RiskInput(Money.of("50.00", "GBP"), NOW, null, null, null, null, burst);
        assertThat(policy.assess(two).score()).isZero();
        burst.add(new PriorPayment(Money.of("50.00", "GBP"), NOW.minus(Duration.ofMinutes(59))));
        burst.add(new PriorPayment(Money.of("50.00", "GBP"), NOW.plus(Duration.ofMinutes(1)))); // after: not counted
        burst.add(new PriorPayment(Money.of("50.00", "GBP"), NOW.minus(Duration.ofMinutes(61)))); // too early
        RiskInput three = new RiskInput(Money.of("50.00", "GBP"), NOW, null, null, null, null, burst);
        assertThat(policy.assess(three).factors()).containsExactly(
                new RiskFactor("VELOCITY", 20, "3 payments in the 60 minutes before this one (limit 3)"));
    }

    @Test
    void hostsTuneWeightsAndThresholds() {
        RiskPolicy strict = RiskPolicy.defaults().toBuilder()
                .avsCv2Points(AvsCv2Result.Overall.NOT_CHECKED, 40)
                .threeDSecurePoints(ThreeDSecureResult.NOT_CHECKED, 30)
                .history(3, 0)
                .amountThresholds(new BigDecimal("1.0"), 5, new BigDecimal("2.0"), 50)
                .velocity(Duration.ofMinutes(10), 1, 15)
                .countryMismatchPoints(0)
                .thresholds(20, 50)
                .build();
        RiskAssessment assessment = strict.assess(new RiskInput(Money.of("50.00", "GBP"), NOW, null, null, "GB", "FR", List.of()));
        assertThat(assessment.score()).isEqualTo(70);
        assertThat(assessment.decision()).isEqualTo(RiskDecision.HOLD);
        assertThat(assessment.factors()).extracting(RiskFactor::code).containsExactly("AVS_CV2", "3D_SECURE");

        assertThatThrownBy(() -> RiskPolicy.defaults().toBuilder().thresholds(60, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskPolicy.defaults().toBuilder().thresholds(0, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskPolicy.defaults().toBuilder().history(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskPolicy.defaults().toBuilder().velocity(Duration.ZERO, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskPolicy.defaults().toBuilder().countryMismatchPoints(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskPolicy.defaults().toBuilder()
                .amountThresholds(new BigDecimal("4"), 1, new BigDecimal("3"), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoreNeverExceedsOneHundred() {
        RiskPolicy heavy = RiskPolicy.defaults().toBuilder().avsCv2Points(AvsCv2Result.Overall.NO_MATCHES, 90)
                .threeDSecurePoints(ThreeDSecureResult.NOT_AUTHENTICATED, 90).build();
        RiskAssessment assessment = heavy.assess(new RiskInput(Money.of("1.00", "GBP"), NOW, avs("NO_MATCHES"),
                ThreeDSecureResult.NOT_AUTHENTICATED, null, null, ordinaryHistory()));
        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.toFraudIndicator().score()).isEqualTo(100);
    }
}
