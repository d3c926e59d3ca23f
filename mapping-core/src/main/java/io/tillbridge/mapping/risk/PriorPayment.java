package io.tillbridge.mapping.risk;

import io.tillbridge.mapping.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One earlier payment by the same customer, as the host's history gives it.
 *
 * @param amount the amount
 * @param at     when it was taken
 */
public record PriorPayment(Money amount, Instant at) {

    /**
     * Requires the amount and the time.
     *
     * @param amount the amount
     * @param at     when it was taken
     */
    public PriorPayment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
    }
}
