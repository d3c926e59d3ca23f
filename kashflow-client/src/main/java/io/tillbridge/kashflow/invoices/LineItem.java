package io.tillbridge.kashflow.invoices;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One invoice line (reference: kashflow.md §3, tipstrade's {@code LineItem}): {@code Rate} is the net
 * unit price, {@code VATLevel} the VAT rate in percent, {@code NominalCode} the sales nominal.
 * {@code VATExempt} comes as {@code 0} or {@code false}; both read.
 *
 * @param number        KashFlow's {@code Number}
 * @param description   KashFlow's {@code Description}
 * @param quantity      KashFlow's {@code Quantity}
 * @param rate          KashFlow's {@code Rate}
 * @param nominalCode   KashFlow's {@code NominalCode}
 * @param productCode   KashFlow's {@code ProductCode}
 * @param productName   KashFlow's {@code ProductName}
 * @param projectNumber KashFlow's {@code ProjectNumber}
 * @param vatAmount     KashFlow's {@code VatAmount}
 * @param vatLevel      KashFlow's {@code VatLevel}
 * @param vatExempt     KashFlow's {@code VatExempt}
 * @param other         every other field KashFlow sent, by its wire name
 */
public record LineItem(Integer number, String description, BigDecimal quantity, BigDecimal rate, Integer nominalCode,
                       String productCode, String productName, Integer projectNumber, BigDecimal vatAmount, BigDecimal vatLevel,
                       Boolean vatExempt, @JsonAnySetter Map<String, Object> other) {

    /**
     * Keeps the fields not named here, unmodifiable and never null, so that nothing KashFlow sends is lost.
     *
     * @param number        KashFlow's {@code Number}
     * @param description   KashFlow's {@code Description}
     * @param quantity      KashFlow's {@code Quantity}
     * @param rate          KashFlow's {@code Rate}
     * @param nominalCode   KashFlow's {@code NominalCode}
     * @param productCode   KashFlow's {@code ProductCode}
     * @param productName   KashFlow's {@code ProductName}
     * @param projectNumber KashFlow's {@code ProjectNumber}
     * @param vatAmount     KashFlow's {@code VatAmount}
     * @param vatLevel      KashFlow's {@code VatLevel}
     * @param vatExempt     KashFlow's {@code VatExempt}
     * @param other         every other field KashFlow sent, by its wire name
     */
    public LineItem {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }
}
