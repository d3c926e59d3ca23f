package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.SalesReturn;
import java.util.List;
import java.util.Map;

/** Sales returns (reference: zoho-inventory.md §3.8). Obtain it from {@code ZohoInventoryClient}. */
public final class SalesReturns extends ResourceService<SalesReturn, Inputs.SalesReturnInput> {

    /**
     * Creates the service; {@link io.tillbridge.zoho.ZohoInventoryClient} builds it, hosts normally do not.
     *
     * @param connection the connection to Zoho
     */
    public SalesReturns(ZohoConnection connection) {
        super(connection, "/salesreturns", List.of("salesreturn"), List.of("salesreturns"), SalesReturn.class);
    }

    /**
     * Creates a return for a sales order ({@code POST /salesreturns?salesorder_id=}).
     *
     * @param salesorderId the sales order's id
     * @param input        the return
     * @return the created return
     */
    public SalesReturn createFor(String salesorderId, Inputs.SalesReturnInput input) {
        return resource.create(input, Map.of("salesorder_id", Resource.requireId("salesorderId", salesorderId)));
    }

    /**
     * Zoho creates these only for a sales order: use {@link #createFor}.
     *
     * @throws io.tillbridge.client.ValidationException always, naming {@code salesorderId}
     */
    @Override
    public SalesReturn create(Inputs.SalesReturnInput input) {
        // A typed error like every other refusal of host input, naming what is missing: the sales order.
        throw new io.tillbridge.client.ValidationException("salesorderId",
                "is required: Zoho creates these for a sales order; use createFor(salesorderId, input)");
    }

    @Override
    List<String> requiredOnUpdate() {
        return List.of("line_items");
    }
}
