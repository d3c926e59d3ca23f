package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.ZohoPackage;
import java.util.List;
import java.util.Map;

/** Packages of sales orders (reference: zoho-inventory.md §3.10). Obtain it from {@code ZohoInventoryClient}. */
public final class Packages extends ResourceService<ZohoPackage, Inputs.PackageInput> {

    /**
     * Creates the service; {@link io.tillbridge.zoho.ZohoInventoryClient} builds it, hosts normally do not.
     *
     * @param connection the connection to Zoho
     */
    public Packages(ZohoConnection connection) {
        super(connection, "/packages", List.of("package"), List.of("packages", "packagea"), ZohoPackage.class);
    }

    /**
     * Creates a package for a sales order ({@code POST /packages?salesorder_id=}).
     *
     * @param salesorderId the sales order's id
     * @param input        the package
     * @return the created package
     */
    public ZohoPackage createFor(String salesorderId, Inputs.PackageInput input) {
        return resource.create(input, Map.of("salesorder_id", Resource.requireId("salesorderId", salesorderId)));
    }

    /**
     * Zoho creates these only for a sales order: use {@link #createFor}.
     *
     * @throws io.tillbridge.client.ValidationException always, naming {@code salesorderId}
     */
    @Override
    public ZohoPackage create(Inputs.PackageInput input) {
        // A typed error like every other refusal of host input, naming what is missing: the sales order.
        throw new io.tillbridge.client.ValidationException("salesorderId",
                "is required: Zoho creates these for a sales order; use createFor(salesorderId, input)");
    }

    @Override
    List<String> requiredOnUpdate() {
        return List.of("date", "line_items");
    }
}
