package io.tillbridge.kashflow.invoices;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One invoice line (reference: kashflow.md §3, tipstrade's {@code LineItem}): {@code Rate} is the net
 * unit price, {@code VATLevel} the VAT rate in percent, {@code NominalCode} the sales nominal.
 * {@code VATExempt} comes as {@code 0} or {@code false}; both read.
 */
public record LineItem(Integer number, String description, BigDecimal quantity, BigDecimal rate, Integer nominalCode,
                       String productCode, String productName, Integer projectNumber, BigDecimal vatAmount, BigDecimal vatLevel,
                       Boolean vatExempt, @JsonAnySetter Map<String, Object> other) {

    public LineItem {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }
}
