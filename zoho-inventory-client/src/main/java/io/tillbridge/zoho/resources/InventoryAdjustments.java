package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.InventoryAdjustment;
import java.util.List;

/** Stock adjustments (reference: zoho-inventory.md §3.9). Obtain it from {@code ZohoInventoryClient}. */
public final class InventoryAdjustments extends ResourceService<InventoryAdjustment, Inputs.InventoryAdjustmentInput> {

    /**
     * Creates the service; {@link io.tillbridge.zoho.ZohoInventoryClient} builds it, hosts normally do not.
     *
     * @param connection the connection to Zoho
     */
    public InventoryAdjustments(ZohoConnection connection) {
        super(connection, "/inventoryadjustments", List.of("inventory_adjustment"), List.of("inventory_adjustments"), InventoryAdjustment.class);
    }

    @Override
    List<String> requiredOnUpdate() {
        return List.of("date", "reason", "adjustment_type", "line_items");
    }
}
