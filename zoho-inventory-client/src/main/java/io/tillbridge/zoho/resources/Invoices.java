package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.Invoice;
import java.util.List;
import java.util.Map;

/**
 * Invoices, including those associated with a sales order through their lines' {@code salesorder_item_id} (reference:
 * zoho-inventory.md §3.5). Obtain it from {@code ZohoInventoryClient}.
 */
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
     * Raises an invoice for a whole sales order with {@code POST /invoices/fromsalesorder}. <b>Undocumented:</b> the
     * endpoint is not in Zoho Inventory's OpenAPI files, only in third-party clients (reference: zoho-inventory.md §3.5,
     * §8 item 9), and it takes no {@code reference_number}. The flows do not use it: they raise the invoice with the
     * documented {@code create} ({@code POST /invoices}), whose lines carry {@code salesorder_item_id} to associate the invoice
     * with the sales order. Not retried when ambiguous.
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
