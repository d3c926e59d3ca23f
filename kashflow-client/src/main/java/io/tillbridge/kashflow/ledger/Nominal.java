package io.tillbridge.kashflow.ledger;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/**
 * A nominal (ledger) code, REST {@code /nominals} (reference: kashflow.md §3, from CappyTech's
 * fetcher; KashFlow's own field list was not found, so only {@code Id}, {@code Code} and
 * {@code Name} are typed — unverified — and the rest is kept). Invoice lines' {@code ChargeType}
 * is the {@code Id}, not the {@code Code}.
 *
 * @param id    KashFlow's {@code Id}
 * @param code  KashFlow's {@code Code}
 * @param name  KashFlow's {@code Name}
 * @param other every other field KashFlow sent, by its wire name
 */
public record Nominal(Long id, Integer code, String name, @JsonAnySetter Map<String, Object> other) {

    /**
     * Keeps the fields not named here, unmodifiable and never null, so that nothing KashFlow sends is lost.
     *
     * @param id    KashFlow's {@code Id}
     * @param code  KashFlow's {@code Code}
     * @param name  KashFlow's {@code Name}
     * @param other every other field KashFlow sent, by its wire name
     */
    public Nominal {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }
}
