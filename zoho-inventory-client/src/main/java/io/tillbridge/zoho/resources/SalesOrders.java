package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.SalesOrder;
import java.util.List;

/** Sales orders (reference: zoho-inventory.md §3.1). Obtain it from {@code ZohoInventoryClient}. */
public final class SalesOrders extends ResourceService<SalesOrder, Inputs.SalesOrderInput> {

    /**
     * Creates the service; {@link io.tillbridge.zoho.ZohoInventoryClient} builds it, hosts normally do not.
     *
     * @param connection the connection to Zoho
     */
    public SalesOrders(ZohoConnection connection) {
        super(connection, "/salesorders", List.of("salesorder", "sales_order"), List.of("salesorders"), SalesOrder.class);
    }

    /**
     * Marks a sales order confirmed.
     *
     * @param id the sales order's id
     */
    public void confirm(String id) {
        resource.action(id, "status/confirmed");
    }

    /**
     * Voids a sales order.
     *
     * @param id the sales order's id
     */
    public void voidOrder(String id) {
        resource.action(id, "status/void");
    }

    /**
     * Confirms many sales orders at once and reports each one's result.
     *
     * @param ids the sales orders' ids
     * @return each order's result
     */
    public io.tillbridge.zoho.model.BulkResult confirmAll(List<String> ids) {
        return resource.bulkAction("status/confirmed", ids);
    }

    /** The sales-order update schema requires the customer and the lines. */
    @Override
    List<String> requiredOnUpdate() {
        return List.of("customer_id", "line_items");
    }
}
