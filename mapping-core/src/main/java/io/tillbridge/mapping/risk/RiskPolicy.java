package io.tillbridge.mapping.risk;

import io.tillbridge.mapping.model.AvsCv2Result;
import io.tillbridge.mapping.model.RiskDecision;
import io.tillbridge.mapping.model.ThreeDSecureResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An explainable fraud score (what the brochures call AI scoring): points for each risk signal,
 * capped at 100, with a reason for every point, and thresholds that turn it into PASS, REVIEW or
 * HOLD. The signals: Opayo's AVS/CV2 and 3-D Secure results, the amount against the customer's own
 * history (a robust z-score from median and MAD, so one past outlier does not skew it), velocity
 * (payments in a recent window), billing vs shipping country, and a host list of high-risk
 * countries. A pure function: history and time come in with the input.
 *
 * <p>Immutable; every weight and threshold can be changed through {@link #toBuilder()}.
 */
public final class RiskPolicy {

    /** Scales MAD to the standard deviation of a normal distribution (Iglewicz and Hoaglin). */
    private static final BigDecimal MAD_SCALE = new BigDecimal("0.6745");

    private final Map<AvsCv2Result.Overall, Integer> avsCv2Points;
    private final Map<ThreeDSecureResult, Integer> threeDSecurePoints;
    private final int minimumHistory;
    private final int thinHistoryPoints;
    private final BigDecimal elevatedZ;
    private final int elevatedPoints;
    private final BigDecimal outlierZ;
    private final int outlierPoints;
    private final Duration velocityWindow;
    private final int velocityLimit;
    private final int velocityPoints;
    private final int countryMismatchPoints;
    private final Set<String> highRiskCountries;
    private final int highRiskCountryPoints;
    private final int reviewAt;
    private final int holdAt;

    private RiskPolicy(Builder b) {
        this.avsCv2Points = Map.copyOf(b.avsCv2Points);
        this.threeDSecurePoints = Map.copyOf(b.threeDSecurePoints);
        this.minimumHistory = b.minimumHistory;
        this.thinHistoryPoints = b.thinHistoryPoints;
        this.elevatedZ = b.elevatedZ;
        this.elevatedPoints = b.elevatedPoints;
        this.outlierZ = b.outlierZ;
        this.outlierPoints = b.outlierPoints;
        this.velocityWindow = b.velocityWindow;
        this.velocityLimit = b.velocityLimit;
        this.velocityPoints = b.velocityPoints;
        this.countryMismatchPoints = b.countryMismatchPoints;
        this.highRiskCountries = Set.copyOf(b.highRiskCountries);
        this.highRiskCountryPoints = b.highRiskCountryPoints;
        this.reviewAt = b.reviewAt;
        this.holdAt = b.holdAt;
    }

    /**
     * The default weights: REVIEW from 30 points, HOLD from 60, no high-risk countries.
     *
     * @return the default policy
     */
    public static RiskPolicy defaults() {
        return new Builder().build();
    }

    /**
     * A builder holding this policy's weights, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Scores one payment.
     *
     * @param input the payment and its context
     * @return the score, decision and the factors behind them
     */
    public RiskAssessment assess(RiskInput input) {
        List<RiskFactor> factors = new ArrayList<>();
        add(factors, "AVS_CV2", avsCv2Points.getOrDefault(input.avsCv2().overall(), 0),
                "address and security-code check: " + input.avsCv2().overall());
        add(factors, "3D_SECURE", threeDSecurePoints.getOrDefault(input.threeDSecure(), 0),
                "3-D Secure: " + input.threeDSecure());
        amountAgainstHistory(input, factors);
        velocity(input, factors);
        String billing = upper(input.billingCountry());
        String shipping = upper(input.shippingCountry());
        if (billing != null && shipping != null && !billing.equals(shipping)) {
            add(factors, "COUNTRY_MISMATCH", countryMismatchPoints, "billing country " + billing + ", shipping to " + shipping);
        }
        List<String> risky = java.util.stream.Stream.of(billing, shipping).filter(Objects::nonNull)
                .filter(highRiskCountries::contains).distinct().toList();
        if (!risky.isEmpty()) {
            add(factors, "HIGH_RISK_COUNTRY", highRiskCountryPoints, "high-risk country " + String.join(", ", risky));
        }
        factors.sort(Comparator.comparingInt(RiskFactor::points).reversed().thenComparing(RiskFactor::code));
        int score = Math.min(100, factors.stream().mapToInt(RiskFactor::points).sum());
        RiskDecision decision = score >= holdAt ? RiskDecision.HOLD : score >= reviewAt ? RiskDecision.REVIEW : RiskDecision.PASS;
        return new RiskAssessment(score, decision, factors);
    }

    private void amountAgainstHistory(RiskInput input, List<RiskFactor> factors) {
        String currency = input.amount().currency().getCurrencyCode();
        List<BigDecimal> amounts = input.history().stream()
                .filter(p -> p.amount().hasCurrency(input.amount().currency()))
                .map(p -> p.amount().amount()).sorted().collect(Collectors.toList());
        long otherCurrencies = input.history().size() - amounts.size();
        String others = otherCurrencies == 0 ? "" : " (" + otherCurrencies + " in other currencies not compared)";
        if (amounts.size() < minimumHistory) {
            add(factors, "THIN_HISTORY", thinHistoryPoints, amounts.size() + " earlier payments in " + currency
                    + others + "; " + minimumHistory + " needed to judge the amount");
            return;
        }
        BigDecimal median = median(amounts);
        List<BigDecimal> deviations = amounts.stream().map(a -> a.subtract(median).abs()).sorted().collect(Collectors.toList());
        BigDecimal mad = median(deviations);
        BigDecimal excess = input.amount().amount().subtract(median);
        if (excess.signum() <= 0) {
            return; // Smaller than usual is not a fraud signal.
        }
        String evidence = input.amount() + " against a median of " + median.toPlainString() + " (MAD "
                + mad.toPlainString() + ") over " + amounts.size() + " payments" + others;
        BigDecimal z;
        if (mad.signum() == 0) {
            z = null; // Every earlier payment was the same amount: any larger amount is an outlier.
        } else {
            z = MAD_SCALE.multiply(excess).divide(mad, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
        }
        if (z == null || z.compareTo(outlierZ) > 0) {
            add(factors, "AMOUNT_OUTLIER", outlierPoints, evidence + (z == null ? "" : ", robust z " + z.toPlainString()));
        } else if (z.compareTo(elevatedZ) > 0) {
            add(factors, "AMOUNT_ELEVATED", elevatedPoints, evidence + ", robust z " + z.toPlainString());
        }
    }

    private void velocity(RiskInput input, List<RiskFactor> factors) {
        java.time.Instant from = input.at().minus(velocityWindow);
        long recent = input.history().stream()
                .filter(p -> p.at().isAfter(from) && !p.at().isAfter(input.at()))
                .count();
        if (recent >= velocityLimit) {
            add(factors, "VELOCITY", velocityPoints, recent + " payments in the " + velocityWindow.toMinutes()
                    + " minutes before this one (limit " + velocityLimit + ")");
        }
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    private static void add(List<RiskFactor> factors, String code, int points, String detail) {
        if (points > 0) {
            factors.add(new RiskFactor(code, points, detail));
        }
    }

    private static String upper(String country) {
        return country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
    }

    /** Weights and thresholds. */
    public static final class Builder {
        private final Map<AvsCv2Result.Overall, Integer> avsCv2Points = new EnumMap<>(AvsCv2Result.Overall.class);
        private final Map<ThreeDSecureResult, Integer> threeDSecurePoints = new EnumMap<>(ThreeDSecureResult.class);
        private int minimumHistory = 5;
        private int thinHistoryPoints = 5;
        private BigDecimal elevatedZ = new BigDecimal("2.0");
        private int elevatedPoints = 10;
        private BigDecimal outlierZ = new BigDecimal("3.5");
        private int outlierPoints = 25;
        private Duration velocityWindow = Duration.ofHours(1);
        private int velocityLimit = 3;
        private int velocityPoints = 20;
        private int countryMismatchPoints = 10;
        private Set<String> highRiskCountries = Set.of();
        private int highRiskCountryPoints = 25;
        private int reviewAt = 30;
        private int holdAt = 60;

        private Builder() {
            avsCv2Points.put(AvsCv2Result.Overall.NO_MATCHES, 25);
            avsCv2Points.put(AvsCv2Result.Overall.ADDRESS_MATCH_ONLY, 20);
            avsCv2Points.put(AvsCv2Result.Overall.SECURITY_CODE_MATCH_ONLY, 10);
            avsCv2Points.put(AvsCv2Result.Overall.UNKNOWN, 5);
            threeDSecurePoints.put(ThreeDSecureResult.NOT_AUTHENTICATED, 35);
            threeDSecurePoints.put(ThreeDSecureResult.ERROR, 15);
            threeDSecurePoints.put(ThreeDSecureResult.INCOMPLETE, 15);
            threeDSecurePoints.put(ThreeDSecureResult.MALFORMED_OR_INVALID, 15);
            threeDSecurePoints.put(ThreeDSecureResult.CARD_NOT_ENROLLED, 10);
            threeDSecurePoints.put(ThreeDSecureResult.ISSUER_NOT_ENROLLED, 10);
            threeDSecurePoints.put(ThreeDSecureResult.UNKNOWN, 10);
            threeDSecurePoints.put(ThreeDSecureResult.ATTEMPT_ONLY, 5);
        }

        private Builder(RiskPolicy p) {
            avsCv2Points.putAll(p.avsCv2Points);
            threeDSecurePoints.putAll(p.threeDSecurePoints);
            minimumHistory = p.minimumHistory;
            thinHistoryPoints = p.thinHistoryPoints;
            elevatedZ = p.elevatedZ;
            elevatedPoints = p.elevatedPoints;
            outlierZ = p.outlierZ;
            outlierPoints = p.outlierPoints;
            velocityWindow = p.velocityWindow;
            velocityLimit = p.velocityLimit;
            velocityPoints = p.velocityPoints;
            countryMismatchPoints = p.countryMismatchPoints;
            highRiskCountries = p.highRiskCountries;
            highRiskCountryPoints = p.highRiskCountryPoints;
            reviewAt = p.reviewAt;
            holdAt = p.holdAt;
        }

        /**
         * The points an AVS/CV2 verdict scores.
         *
         * @param result the verdict
         * @param points the points; not negative
         * @return this builder
         */
        public Builder avsCv2Points(AvsCv2Result.Overall result, int points) {
            avsCv2Points.put(Objects.requireNonNull(result, "result"), nonNegative(points));
            return this;
        }

        /**
         * The points a 3-D Secure outcome scores.
         *
         * @param result the outcome
         * @param points the points; not negative
         * @return this builder
         */
        public Builder threeDSecurePoints(ThreeDSecureResult result, int points) {
            threeDSecurePoints.put(Objects.requireNonNull(result, "result"), nonNegative(points));
            return this;
        }

        /**
         * Fewer same-currency payments than this and the amount is not judged; the thin history scores instead.
         *
         * @param minimumPayments   the number of earlier payments needed before amounts are judged
         * @param thinHistoryPoints the points a thinner history scores
         * @return this builder
         */
        public Builder history(int minimumPayments, int thinHistoryPoints) {
            if (minimumPayments < 2) {
                throw new IllegalArgumentException("a median and MAD need at least 2 payments");
            }
            this.minimumHistory = minimumPayments;
            this.thinHistoryPoints = nonNegative(thinHistoryPoints);
            return this;
        }

        /**
         * Robust z-score thresholds: above {@code elevatedZ} scores {@code elevatedPoints}, above {@code outlierZ}
         * {@code outlierPoints}.
         *
         * @param elevatedZ      the z-score above which an amount is elevated
         * @param elevatedPoints the points an elevated amount scores
         * @param outlierZ       the z-score above which an amount is an outlier
         * @param outlierPoints  the points an outlier scores
         * @return this builder
         */
        public Builder amountThresholds(BigDecimal elevatedZ, int elevatedPoints, BigDecimal outlierZ, int outlierPoints) {
            if (elevatedZ.compareTo(outlierZ) > 0) {
                throw new IllegalArgumentException("elevatedZ must not exceed outlierZ");
            }
            this.elevatedZ = elevatedZ;
            this.elevatedPoints = nonNegative(elevatedPoints);
            this.outlierZ = outlierZ;
            this.outlierPoints = nonNegative(outlierPoints);
            return this;
        }

        /**
         * {@code limit} or more earlier payments within {@code window} before this one score {@code points}.
         *
         * @param window the time before the payment that counts
         * @param limit  the number of earlier payments that trips the check
         * @param points the points it scores
         * @return this builder
         */
        public Builder velocity(Duration window, int limit, int points) {
            if (window.isNegative() || window.isZero() || limit < 1) {
                throw new IllegalArgumentException("velocity needs a positive window and a limit of at least 1");
            }
            this.velocityWindow = window;
            this.velocityLimit = limit;
            this.velocityPoints = nonNegative(points);
            return this;
        }

        /**
         * The points scored when the billing and shipping countries differ.
         *
         * @param points the points; not negative
         * @return this builder
         */
        public Builder countryMismatchPoints(int points) {
            this.countryMismatchPoints = nonNegative(points);
            return this;
        }

        /**
         * ISO alpha-2 codes; a billing or shipping country in the list scores {@code points} once.
         *
         * @param countries ISO alpha-2 codes
         * @param points    the points a match scores
         * @return this builder
         */
        public Builder highRiskCountries(Set<String> countries, int points) {
            this.highRiskCountries = countries.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
            this.highRiskCountryPoints = nonNegative(points);
            return this;
        }

        /**
         * Scores from {@code reviewAt} are REVIEW, from {@code holdAt} HOLD.
         *
         * @param reviewAt the lowest REVIEW score
         * @param holdAt   the lowest HOLD score
         * @return this builder
         */
        public Builder thresholds(int reviewAt, int holdAt) {
            if (reviewAt < 1 || reviewAt > holdAt || holdAt > 100) {
                throw new IllegalArgumentException("need 1 <= reviewAt <= holdAt <= 100");
            }
            this.reviewAt = reviewAt;
            this.holdAt = holdAt;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public RiskPolicy build() {
            return new RiskPolicy(this);
        }

        private static int nonNegative(int points) {
            if (points < 0) {
                throw new IllegalArgumentException("points must not be negative");
            }
            return points;
        }
    }
}
