package io.tillbridge.kashflow.invoices;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A credit that can be applied to an invoice ({@code GET /internal/invoices/{id}/credits},
 * reference: kashflow.md §3): {@code Type} is {@code OverPayment}, {@code AdvancePayment} or
 * {@code CreditNote}. An "internal" route: KashFlow may change it without notice.
 *
 * @param id      KashFlow's {@code Id}
 * @param amount  KashFlow's {@code Amount}
 * @param date    KashFlow's {@code Date}
 * @param type    KashFlow's {@code Type}
 * @param comment KashFlow's {@code Comment}
 * @param other   every other field KashFlow sent, by its wire name
 */
public record Credit(Long id, BigDecimal amount, String date, String type, String comment,
                     @JsonAnySetter Map<String, Object> other) {

    /**
     * Keeps the fields not named here, unmodifiable and never null, so that nothing KashFlow sends is lost.
     *
     * @param id      KashFlow's {@code Id}
     * @param amount  KashFlow's {@code Amount}
     * @param date    KashFlow's {@code Date}
     * @param type    KashFlow's {@code Type}
     * @param comment KashFlow's {@code Comment}
     * @param other   every other field KashFlow sent, by its wire name
     */
    public Credit {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }
}
