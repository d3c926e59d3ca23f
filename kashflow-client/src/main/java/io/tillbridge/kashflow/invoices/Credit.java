package io.tillbridge.kashflow.invoices;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A credit that can be applied to an invoice ({@code GET /internal/invoices/{id}/credits},
 * reference: kashflow.md §3): {@code Type} is {@code OverPayment}, {@code AdvancePayment} or
 * {@code CreditNote}. An "internal" route: KashFlow may change it without notice.
 */
public record Credit(Long id, BigDecimal amount, String date, String type, String comment,
                     @JsonAnySetter Map<String, Object> other) {

    public Credit {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }
}
