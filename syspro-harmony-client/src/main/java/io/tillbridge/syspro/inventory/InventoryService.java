package io.tillbridge.syspro.inventory;

import io.tillbridge.syspro.internal.SysproConnection;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.internal.XmlNode;
import java.util.List;
import java.util.Objects;

/**
 * INVQRY, the inventory query: a stock code with its quantities per warehouse
 * ({@code Query>{Key>StockCode, Option, Filter>Warehouse@FilterType@FilterValue}}). The warehouse filter
 * is sent in the {@code Filter} form (the SYSPRO 7 recording answered it; the {@code Option} form was
 * seen ignored on SYSPRO 8) and the answer's warehouses are checked (reference: syspro.md "Corrections").
 * An unknown stock code is a {@link io.tillbridge.syspro.BusinessObjectException}.
 */
public final class InventoryService {

    static final String QUERY = "INVQRY";

    private final SysproConnection enet;

    /**
     * Creates the service; {@link io.tillbridge.syspro.SysproClient} builds it, hosts normally do not.
     *
     * @param enet the e.net session
     */
    public InventoryService(SysproConnection enet) {
        this.enet = Objects.requireNonNull(enet, "enet");
    }

    /**
     * One stock code in the given warehouses (none: every warehouse).
     *
     * @param stockCode  the stock code
     * @param warehouses the warehouses, or none for all
     * @return the stock item
     */
    public StockItem stock(String stockCode, String... warehouses) {
        Violations v = new Violations().required("stockCode", stockCode).maxLength("stockCode", stockCode, 30);
        for (int i = 0; i < warehouses.length; i++) {
            v.required("warehouses[" + i + "]", warehouses[i]).maxLength("warehouses[" + i + "]", warehouses[i], 10)
                    .check(warehouses[i] == null || !warehouses[i].contains(","), "warehouses[" + i + "]", "must not contain a comma");
        }
        v.throwIfAny();
        XmlNode.Builder query = XmlNode.element("Query").child(XmlNode.element("Key").leaf("StockCode", stockCode).build())
                .child(XmlNode.element("Option").leaf("IncludeHistory", "N").leaf("IncludeBins", "N").leaf("IncludeLots", "N")
                        .leaf("IncludeSerials", "N").leaf("IncludeMovements", "N").build());
        if (warehouses.length > 0) {
            query.child(XmlNode.of("Filter", XmlNode.leaf("Warehouse", "")
                    .withAttribute("FilterType", "L").withAttribute("FilterValue", String.join(",", warehouses))));
        }
        return StockItem.from(enet.query(QUERY, query.build()), List.of(warehouses));
    }
}
