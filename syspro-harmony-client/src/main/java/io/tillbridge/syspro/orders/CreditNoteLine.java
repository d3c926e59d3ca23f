package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.PostingOptions;
import io.tillbridge.syspro.internal.PostingParameters;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.internal.XmlNode;
import java.math.BigDecimal;

/**
 * A SORTCL line added to an existing credit note (reference: syspro.md §4 "Credit notes": SORTCL, add a
 * detail line to an existing credit note) — how a SORTCH header gets its value.
 *
 * <p>The reference names the business object; these element names come from the source it cites for
 * SORTCL (Zindaar/SYSPROIntegration@c03d75d, AddDetailLineToExistingCreditNote, generated from the XSD):
 * document {@code SOCreditNoteLine>Item*>{CreditNoteNumber, CreditReason, NonStockedLine, StockCode,
 * Description, Warehouse, OrderQty, Price, …}} — a non-stocked line has {@code NonStockedLine=Y} and
 * warehouse {@code **} — and parameters {@code SOCreditNoteLine>Parameters} with the three posting flags.
 * UNVERIFIED against a live SYSPRO: check the site's SORTCL.XSD.
 *
 * @param creditNoteNumber the credit note SORTCH created
 * @param creditReason     a credit reason code, when Sales Order Setup requires one; may be null
 * @param nonStocked       a non-stocked line (any code, warehouse {@code **}) rather than a stock item
 * @param stockCode        the stock or non-stocked code
 * @param description      the line's description; may be null
 * @param warehouse        the warehouse ({@code **} for a non-stocked line)
 * @param orderQty         the quantity credited, positive
 * @param price            the unit price credited, a plain decimal of at most 5 places
 */
public record CreditNoteLine(String creditNoteNumber, String creditReason, boolean nonStocked, String stockCode, String description,
                             String warehouse, BigDecimal orderQty, BigDecimal price, PostingOptions options) {

    static final String BUSINESS_OBJECT = "SORTCL";
    static final String ROOT = "SOCreditNoteLine";
    /** The warehouse of a non-stocked line. */
    public static final String NON_STOCKED_WAREHOUSE = "**";

    /**
     * Checks the line against SORTCL's required fields and lengths before it is sent.
     *
     * @param creditNoteNumber the credit note SORTCH created
     * @param creditReason     a credit reason code, when Sales Order Setup requires one; may be null
     * @param nonStocked       a non-stocked line (any code, warehouse {@code **}) rather than a stock item
     * @param stockCode        the stock or non-stocked code
     * @param description      the line's description; may be null
     * @param warehouse        the warehouse ({@code **} for a non-stocked line)
     * @param orderQty         the quantity credited, positive
     * @param price            the unit price credited, a plain decimal of at most 5 places
     * @param options          how SYSPRO posts it: validate only, all or nothing, warnings
     */
    public CreditNoteLine {
        Violations v = new Violations();
        v.required("creditNoteNumber", creditNoteNumber).maxLength("creditNoteNumber", creditNoteNumber, 20)
                .maxLength("creditReason", creditReason, 10)
                .required("stockCode", stockCode).maxLength("stockCode", stockCode, 30).maxLength("description", description, 50)
                .required("warehouse", warehouse).maxLength("warehouse", warehouse, 10)
                .check(!nonStocked || NON_STOCKED_WAREHOUSE.equals(warehouse), "warehouse", "must be ** for a non-stocked line")
                .required("orderQty", orderQty).positive("orderQty", orderQty)
                .required("price", price).check(price == null || price.signum() >= 0, "price", "must not be negative")
                .scale("price", price, 5).required("options", options);
        v.throwIfAny();
    }

    /**
     * One non-stocked line of quantity 1 worth {@code value}: a credit note for an amount rather than for goods.
     *
     * @param creditNoteNumber the credit note the line is added to
     * @param code             the line's non-stocked code
     * @param description      the line's description (at most 50 characters)
     * @param value            the amount credited
     * @return the line, with default posting options
     */
    public static CreditNoteLine value(String creditNoteNumber, String code, String description, BigDecimal value) {
        return new CreditNoteLine(creditNoteNumber, null, true, code, description, NON_STOCKED_WAREHOUSE, BigDecimal.ONE, value,
                PostingOptions.DEFAULTS);
    }

    /**
     * The same line with other posting options.
     *
     * @param newOptions the options
     * @return the line
     */
    public CreditNoteLine withOptions(PostingOptions newOptions) {
        return new CreditNoteLine(creditNoteNumber, creditReason, nonStocked, stockCode, description, warehouse, orderQty, price,
                newOptions);
    }

    XmlNode parameters() {
        return XmlNode.of(ROOT, PostingParameters.add(options, XmlNode.element("Parameters")).build());
    }

    XmlNode document() {
        return XmlNode.of(ROOT, XmlNode.element("Item").leaf("CreditNoteNumber", creditNoteNumber).leaf("CreditReason", creditReason)
                .leaf("NonStockedLine", nonStocked ? "Y" : "N").leaf("StockCode", stockCode).leaf("Description", description)
                .leaf("Warehouse", warehouse).leaf("OrderQty", orderQty).leaf("Price", price).build());
    }
}
