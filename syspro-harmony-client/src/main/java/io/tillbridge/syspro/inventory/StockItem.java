package io.tillbridge.syspro.inventory;

import io.tillbridge.syspro.internal.XmlNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * INVQRY's answer (reference: syspro.md §4 INVQRY): {@code InvQuery>StockItem>{StockCode, Description,
 * LongDesc, StockUom, ProductClass, …}} and {@code WarehouseItem>{Warehouse, QtyOnHand, AvailableQty}}.
 * Only the warehouses asked for are kept: a SYSPRO 8 site was seen ignoring the warehouse filter.
 *
 * @param stockCode    the stock code
 * @param description  {@code Description}
 * @param stockUom     {@code StockUom}
 * @param productClass {@code ProductClass}
 * @param warehouses   the quantities per warehouse asked for
 * @param other        stock-item elements not mapped above, trimmed
 */
public record StockItem(String stockCode, String description, String stockUom, String productClass,
                        List<WarehouseStock> warehouses, Map<String, String> other) {

    private static final Set<String> MAPPED = Set.of("StockCode", "Description", "StockUom", "ProductClass");

    /**
     * One warehouse's quantities. SYSPRO 8 names the available quantity {@code AvailableQty}; older
     * answers {@code QtyAvailable}; both are read.
     */
    public record WarehouseStock(String warehouse, BigDecimal qtyOnHand, BigDecimal availableQty, Map<String, String> other) {
        static WarehouseStock from(XmlNode node) {
            return new WarehouseStock(node.text("Warehouse").orElse(""), node.decimal("QtyOnHand").orElse(BigDecimal.ZERO),
                    node.decimal("AvailableQty").or(() -> node.decimal("QtyAvailable")).orElse(BigDecimal.ZERO),
                    node.leavesExcept(Set.of("Warehouse", "QtyOnHand", "AvailableQty", "QtyAvailable")));
        }
    }

    /**
     * Copies the warehouses.
     *
     * @param stockCode    the stock code
     * @param description  {@code Description}
     * @param stockUom     {@code StockUom}
     * @param productClass {@code ProductClass}
     * @param warehouses   the quantities per warehouse asked for
     * @param other        stock-item elements not mapped above, trimmed
     */
    public StockItem {
        warehouses = List.copyOf(warehouses);
    }

    /**
     * The quantities in one warehouse, when SYSPRO answered for it.
     *
     * @param code the warehouse code
     * @return the quantities, or empty
     */
    public Optional<WarehouseStock> warehouse(String code) {
        return warehouses.stream().filter(w -> w.warehouse().equalsIgnoreCase(code.trim())).findFirst();
    }

    static StockItem from(XmlNode root, List<String> warehousesAsked) {
        XmlNode item = root.named("StockItem") ? root : root.descendants().stream().filter(n -> n.named("StockItem")).findFirst()
                .orElse(root);
        List<WarehouseStock> stock = root.descendants().stream().filter(n -> n.named("WarehouseItem")).map(WarehouseStock::from)
                .filter(w -> warehousesAsked.isEmpty() || warehousesAsked.stream().anyMatch(a -> a.equalsIgnoreCase(w.warehouse())))
                .toList();
        return new StockItem(item.text("StockCode").orElse(""), item.text("Description").orElse(""),
                item.text("StockUom").orElse(""), item.text("ProductClass").orElse(""), stock, item.leavesExcept(MAPPED));
    }
}
