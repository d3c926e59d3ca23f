package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.Invoice;
import java.util.List;
import java.util.Map;

/** Invoices, including those raised from a sales order (reference: zoho-inventory.md §3.5). Obtain it from {@code ZohoInventoryClient}. */
public final class Invoices extends ResourceService<Invoice, Inputs.InvoiceInput> {

    /**
     * Creates the service; {@link io.tillbridge.zoho.ZohoInventoryClient} builds it, hosts normally do not.
     *
     * @param connection the connection to Zoho
     */
    public Invoices(ZohoConnection connection) {
        super(connection, "/invoices", List.of("invoice"), List.of("invoices"), Invoice.class);
    }

    /**
     * Raises an invoice for a whole sales order ({@code POST /invoices/fromsalesorder}; used by
     * community clients, not in Zoho's OpenAPI files). Not retried when ambiguous.
     *
     * @param salesorderId the sales order's id
     * @return the invoice
     */
    public Invoice fromSalesOrder(String salesorderId) {
        return resource.one("POST", "/invoices/fromsalesorder" + ZohoConnection.query(Map.of("salesorder_id", Resource.requireId("salesorderId", salesorderId))), null,
                io.tillbridge.client.internal.http.Call.RetryMode.UNSAFE, "invoices.fromsalesorder");
    }

    /**
     * Marks an invoice sent.
     *
     * @param id the invoice's id
     */
    public void markSent(String id) {
        resource.action(id, "status/sent");
    }

    /**
     * Voids an invoice.
     *
     * @param id the invoice's id
     */
    public void voidInvoice(String id) {
        resource.action(id, "status/void");
    }

    @Override
    String customFieldsEndpoint() {
        return "/invoice";
    }
}
