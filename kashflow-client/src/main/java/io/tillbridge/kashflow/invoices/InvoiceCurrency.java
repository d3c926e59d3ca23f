package io.tillbridge.kashflow.invoices;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An invoice's {@code Currency}: {@code Code}, {@code Name}, {@code ExchangeRate}, {@code Symbol}
 * (reference: kashflow.md §3). The symbol-side flag is spelled {@code DisplayOnRight} in examples and
 * {@code DisplaySymbolOnRight} in a client model; both are read.
 */
public record InvoiceCurrency(String code, String name, BigDecimal exchangeRate, String symbol, Boolean displaySymbolOnRight,
                              Boolean displayOnRight, @JsonAnySetter Map<String, Object> other) {

    public InvoiceCurrency {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }
}
