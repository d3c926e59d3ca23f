package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.PurchaseOrder;
import java.util.List;

/** Purchase orders (reference: zoho-inventory.md §3.4). Obtain it from {@code ZohoInventoryClient}. */
public final class PurchaseOrders extends ResourceService<PurchaseOrder, Inputs.PurchaseOrderInput> {

    /**
     * Creates the service; {@link io.tillbridge.zoho.ZohoInventoryClient} builds it, hosts normally do not.
     *
     * @param connection the connection to Zoho
     */
    public PurchaseOrders(ZohoConnection connection) {
        super(connection, "/purchaseorders", List.of("purchaseorder", "purchase_order"), List.of("purchaseorders"), PurchaseOrder.class);
    }

    /**
     * Marks a purchase order issued.
     *
     * @param id the purchase order's id
     */
    public void issue(String id) {
        resource.action(id, "status/issued");
    }

    /**
     * Cancels a purchase order.
     *
     * @param id the purchase order's id
     */
    public void cancel(String id) {
        resource.action(id, "status/cancelled");
    }

    @Override
    List<String> requiredOnUpdate() {
        return List.of("purchaseorder_number", "vendor_id", "line_items");
    }
}
