package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.Item;
import java.util.List;

/** Items and their stock (reference: zoho-inventory.md §3.2). Obtain it from {@code ZohoInventoryClient}. */
public final class Items extends ResourceService<Item, Inputs.ItemInput> {

    /**
     * Creates the service; {@link io.tillbridge.zoho.ZohoInventoryClient} builds it, hosts normally do not.
     *
     * @param connection the connection to Zoho
     */
    public Items(ZohoConnection connection) {
        super(connection, "/items", List.of("item"), List.of("items"), Item.class);
    }

    /**
     * Marks an item active again.
     *
     * @param id the item's id
     */
    public void activate(String id) {
        resource.action(id, "active");
    }

    /**
     * Marks an item inactive.
     *
     * @param id the item's id
     */
    public void deactivate(String id) {
        resource.action(id, "inactive");
    }

    @Override
    String customFieldsEndpoint() {
        return "/item";
    }
}
