package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.CreditNote;
import java.util.List;
import java.util.Map;

/** Credit notes and their refunds (reference: zoho-inventory.md §3.7). Obtain it from {@code ZohoInventoryClient}. */
public final class CreditNotes extends ResourceService<CreditNote, Inputs.CreditNoteInput> {

    public CreditNotes(ZohoConnection connection) {
        super(connection, "/creditnotes", List.of("creditnote"), List.of("creditnotes"), CreditNote.class);
    }

    /** Creates a credit note against an invoice. */
    public CreditNote createForInvoice(Inputs.CreditNoteInput input, String invoiceId) {
        return resource.create(input, Map.of("invoice_id", invoiceId));
    }

    /** Records money paid back against a credit note. Not retried when ambiguous. */
    public io.tillbridge.zoho.model.CreditNoteRefund refund(String creditnoteId, Inputs.CreditNoteRefundInput refund) {
        return resource.createBelow(creditnoteId, "refunds", refund, "creditnote_refund", io.tillbridge.zoho.model.CreditNoteRefund.class);
    }

    public List<io.tillbridge.zoho.model.CreditNoteRefund> refunds(String creditnoteId) {
        return resource.listBelow(creditnoteId, "refunds", "creditnote_refunds", io.tillbridge.zoho.model.CreditNoteRefund.class);
    }
}
