package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.Item;
import java.util.List;

/** Items and their stock (reference: zoho-inventory.md §3.2). Obtain it from {@code ZohoInventoryClient}. */
public final class Items extends ResourceService<Item, Inputs.ItemInput> {

    public Items(ZohoConnection connection) {
        super(connection, "/items", List.of("item"), List.of("items"), Item.class);
    }

    /** Marks an item active again. */
    public void activate(String id) {
        resource.action(id, "active");
    }

    public void deactivate(String id) {
        resource.action(id, "inactive");
    }

    @Override
    String customFieldsEndpoint() {
        return "/item";
    }
}
