package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.CreditNote;
import java.util.List;
import java.util.Map;

/** Credit notes and their refunds (reference: zoho-inventory.md §3.7). Obtain it from {@code ZohoInventoryClient}. */
public final class CreditNotes extends ResourceService<CreditNote, Inputs.CreditNoteInput> {

    private final Resource<io.tillbridge.zoho.model.CreditNoteRefund> allRefunds;

    /**
     * Creates the service; {@link io.tillbridge.zoho.ZohoInventoryClient} builds it, hosts normally do not.
     *
     * @param connection the connection to Zoho
     */
    public CreditNotes(ZohoConnection connection) {
        super(connection, "/creditnotes", List.of("creditnote"), List.of("creditnotes"), CreditNote.class);
        this.allRefunds = new Resource<>(connection, "/creditnotes/refunds", List.of("creditnote_refund"),
                List.of("creditnote_refunds"), io.tillbridge.zoho.model.CreditNoteRefund.class);
    }

    /**
     * Refunds of every credit note ({@code GET /creditnotes/refunds}), fetched lazily page by page. Zoho
     * documents no filter and no sort order for this list (reference §3.7): only paging is sure to be
     * honoured, so a caller after one day reads every page and picks the day itself.
     *
     * @param query the paging (other parameters are sent as given, and Zoho may ignore them)
     * @return the refunds
     */
    public java.util.stream.Stream<io.tillbridge.zoho.model.CreditNoteRefund> allRefunds(ListQuery query) {
        return allRefunds.stream(query);
    }

    /**
     * Creates a credit note against an invoice.
     *
     * @param input     the credit note
     * @param invoiceId the invoice it credits
     * @return the created credit note
     */
    public CreditNote createForInvoice(Inputs.CreditNoteInput input, String invoiceId) {
        return resource.create(input, Map.of("invoice_id", Resource.requireId("invoiceId", invoiceId)));
    }

    /**
     * Records money paid back against a credit note. Not retried when ambiguous.
     *
     * @param creditnoteId the credit note's id
     * @param refund       the refund
     * @return the recorded refund
     */
    public io.tillbridge.zoho.model.CreditNoteRefund refund(String creditnoteId, Inputs.CreditNoteRefundInput refund) {
        return resource.createBelow(creditnoteId, "refunds", refund, "creditnote_refund", io.tillbridge.zoho.model.CreditNoteRefund.class);
    }

    /**
     * The refunds recorded against a credit note.
     *
     * @param creditnoteId the credit note's id
     * @return the refunds
     */
    public List<io.tillbridge.zoho.model.CreditNoteRefund> refunds(String creditnoteId) {
        return resource.listBelow(creditnoteId, "refunds", "creditnote_refunds", io.tillbridge.zoho.model.CreditNoteRefund.class);
    }

    @Override
    List<String> requiredOnUpdate() {
        return List.of("customer_id", "date", "creditnote_number", "line_items");
    }
}
