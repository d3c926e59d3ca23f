package io.tillbridge.mapping.posting;

/** What a gateway transaction becomes in KashFlow. */
public enum KashFlowIntent {
    /** Record a payment against the invoice ({@code InsertInvoicePayment}). */
    INVOICE_PAYMENT,
    /** Remove the invoice payment again ({@code DeleteInvoicePayment}): the money never moved. */
    REVERSE_INVOICE_PAYMENT,
    /** Post a journal ({@code InsertJournal}): refunds and chargebacks move money back out. */
    JOURNAL_ENTRY,
    /** Nothing to post: no money has moved (held, authenticated, aborted, cancelled). */
    NONE
}
