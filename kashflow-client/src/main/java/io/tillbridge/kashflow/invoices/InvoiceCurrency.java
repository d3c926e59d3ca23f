package io.tillbridge.kashflow.invoices;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An invoice's {@code Currency}: {@code Code}, {@code Name}, {@code ExchangeRate}, {@code Symbol}
 * (reference: kashflow.md §3). The symbol-side flag is spelled {@code DisplayOnRight} in examples and
 * {@code DisplaySymbolOnRight} in a client model; both are read.
 *
 * @param code                 KashFlow's {@code Code}
 * @param name                 KashFlow's {@code Name}
 * @param exchangeRate         KashFlow's {@code ExchangeRate}
 * @param symbol               KashFlow's {@code Symbol}
 * @param displaySymbolOnRight KashFlow's {@code DisplaySymbolOnRight}
 * @param displayOnRight       KashFlow's {@code DisplayOnRight}
 * @param other                every other field KashFlow sent, by its wire name
 */
public record InvoiceCurrency(String code, String name, BigDecimal exchangeRate, String symbol, Boolean displaySymbolOnRight,
                              Boolean displayOnRight, @JsonAnySetter Map<String, Object> other) {

    /**
     * Keeps the fields not named here, unmodifiable and never null, so that nothing KashFlow sends is lost.
     *
     * @param code                 KashFlow's {@code Code}
     * @param name                 KashFlow's {@code Name}
     * @param exchangeRate         KashFlow's {@code ExchangeRate}
     * @param symbol               KashFlow's {@code Symbol}
     * @param displaySymbolOnRight KashFlow's {@code DisplaySymbolOnRight}
     * @param displayOnRight       KashFlow's {@code DisplayOnRight}
     * @param other                every other field KashFlow sent, by its wire name
     */
    public InvoiceCurrency {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }
}
