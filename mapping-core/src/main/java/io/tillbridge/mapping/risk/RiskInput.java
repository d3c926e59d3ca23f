package io.tillbridge.mapping.risk;

import io.tillbridge.mapping.model.AvsCv2Result;
import io.tillbridge.mapping.model.ThreeDSecureResult;
import io.tillbridge.mapping.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the score looks at. The history is passed in: scoring reads no store and no clock.
 *
 * @param amount          this payment
 * @param at              when it is being taken
 * @param avsCv2          Opayo's address and security-code checks; NOT_CHECKED before the payment is sent
 * @param threeDSecure    Opayo's 3-D Secure result; NOT_CHECKED before the payment is sent
 * @param billingCountry  ISO alpha-2; may be null
 * @param shippingCountry ISO alpha-2; may be null
 * @param history         the customer's earlier payments, any order
 */
public record RiskInput(Money amount, Instant at, AvsCv2Result avsCv2, ThreeDSecureResult threeDSecure,
                        String billingCountry, String shippingCountry, List<PriorPayment> history) {

    /**
     * Requires the amount and the time; a missing AVS/CV2 result reads as not checked.
     *
     * @param amount          this payment
     * @param at              when it is being taken
     * @param avsCv2          Opayo's address and security-code checks; NOT_CHECKED before the payment is sent
     * @param threeDSecure    Opayo's 3-D Secure result; NOT_CHECKED before the payment is sent
     * @param billingCountry  ISO alpha-2; may be null
     * @param shippingCountry ISO alpha-2; may be null
     * @param history         the customer's earlier payments, any order
     */
    public RiskInput {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        avsCv2 = avsCv2 == null ? AvsCv2Result.NOT_CHECKED : avsCv2;
        threeDSecure = threeDSecure == null ? ThreeDSecureResult.NOT_CHECKED : threeDSecure;
        history = history == null ? List.of() : List.copyOf(history);
    }
}
