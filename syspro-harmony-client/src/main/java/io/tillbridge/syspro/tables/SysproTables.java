package io.tillbridge.syspro.tables;

/**
 * The SYSPRO tables and columns this client's lookups query through COMFND — in one place, because the
 * reference does not list table layouts (the COMFND cassette shows the query shape, not these names).
 * UNVERIFIED: the names follow SYSPRO's published data dictionary naming (SorMaster, SorDetail, ArCustomer,
 * InvWarehouse, ArInvoicePay, GenJournalCtl); check them against the site's data dictionary.
 */
public final class SysproTables {

    /** Sales order headers; columns {@link #SALES_ORDER}, {@link #CUSTOMER_PO_NUMBER}, {@link #CUSTOMER}. UNVERIFIED. */
    public static final String SALES_ORDERS = "SorMaster";
    /** {@code SalesOrder}: the sales order number. */
    public static final String SALES_ORDER = "SalesOrder";
    /** {@code CustomerPoNumber}: the customer's order reference, the key of an imported order. */
    public static final String CUSTOMER_PO_NUMBER = "CustomerPoNumber";
    /** {@code Customer}: the customer code. */
    public static final String CUSTOMER = "Customer";
    /** {@code OrderStatus}: the order's status. */
    public static final String ORDER_STATUS = "OrderStatus";

    /** Sales order (and credit note) lines; columns {@link #SALES_ORDER}, {@link #LINE_PRICE}, {@link #LINE_QUANTITY}. UNVERIFIED. */
    public static final String SALES_ORDER_LINES = "SorDetail";
    /** The line's price column. UNVERIFIED. */
    public static final String LINE_PRICE = "MPrice";
    /** The line's ordered quantity column. UNVERIFIED. */
    public static final String LINE_QUANTITY = "MOrderQty";

    /** AR customers. UNVERIFIED. */
    public static final String CUSTOMERS = "ArCustomer";
    /** {@code Name}: the customer's name. */
    public static final String NAME = "Name";

    /** AR payments applied to invoices; columns {@link #CUSTOMER}, {@link #INVOICE}, {@link #REFERENCE}. UNVERIFIED. */
    public static final String AR_PAYMENTS = "ArInvoicePay";
    /** {@code Invoice}: the invoice number. */
    public static final String INVOICE = "Invoice";
    /** {@code Reference}: the payment's reference. */
    public static final String REFERENCE = "Reference";
    /** {@code PaymentValue}: the amount paid. */
    public static final String PAYMENT_VALUE = "PaymentValue";

    /** AR invoices (and credit notes); columns {@link #INVOICE}, {@link #CUSTOMER}, {@link #INVOICE_BALANCE}. UNVERIFIED. */
    public static final String AR_INVOICES = "ArInvoice";
    /** {@code InvoiceBal1}: the invoice's outstanding balance. */
    public static final String INVOICE_BALANCE = "InvoiceBal1";

    /** GL journal headers; columns {@link #JOURNAL_REFERENCE}, {@link #JOURNAL}. UNVERIFIED. */
    public static final String GL_JOURNALS = "GenJournalCtl";
    /** {@code JnlReference}: the journal's reference. */
    public static final String JOURNAL_REFERENCE = "JnlReference";
    /** {@code Journal}: the journal number. */
    public static final String JOURNAL = "Journal";

    private SysproTables() {
    }
}
