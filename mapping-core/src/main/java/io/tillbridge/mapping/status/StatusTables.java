package io.tillbridge.mapping.status;

import static io.tillbridge.mapping.model.PaymentStatus.ABORTED;
import static io.tillbridge.mapping.model.PaymentStatus.AUTHENTICATED;
import static io.tillbridge.mapping.model.PaymentStatus.AUTHORISED;
import static io.tillbridge.mapping.model.PaymentStatus.CHALLENGE_REQUIRED;
import static io.tillbridge.mapping.model.PaymentStatus.DECLINED;
import static io.tillbridge.mapping.model.PaymentStatus.ERROR;
import static io.tillbridge.mapping.model.PaymentStatus.INVALID;
import static io.tillbridge.mapping.model.PaymentStatus.PENDING;
import static io.tillbridge.mapping.model.PaymentStatus.REGISTERED;
import static io.tillbridge.mapping.model.PaymentStatus.REJECTED;
import static io.tillbridge.mapping.model.PaymentStatus.RELEASED;
import static io.tillbridge.mapping.model.PaymentStatus.VOIDED;

/**
 * The default status tables. Each is a starting point: hosts take {@code toBuilder()}, change what
 * their own configuration needs, and build their own.
 */
public final class StatusTables {

    private StatusTables() {
    }

    /**
     * Opayo Pi transaction {@code status} with {@code statusCode} (reference: opayo.md §1.6). Success
     * needs the exact pair Ok/0000; failures match on the status word whatever the code, so that a
     * decline with an unlisted code is still a decline and never a success. {@code Ok} also answers
     * instructions, each with its own code: 2004 release, 2005 void, 2006 abort, 2012 cancel (an
     * Authenticate cancelled: no money moved, as with an abort).
     *
     * @return the table
     */
    public static SourceStatusTable opayoPi() {
        return SourceStatusTable.builder()
                .map("Ok", "0000", AUTHORISED)
                .map("Ok", "2004", RELEASED)
                .map("Ok", "2005", VOIDED)
                .map("Ok", "2006", ABORTED)
                .map("Ok", "2012", ABORTED)
                .map("NotAuthed", DECLINED)
                .map("Rejected", REJECTED)
                .map("3DAuth", "2007", CHALLENGE_REQUIRED)
                .map("3DAuth", "2021", CHALLENGE_REQUIRED)
                .map("Authenticated", "2010", AUTHENTICATED)
                .map("Registered", "2011", REGISTERED)
                .map("Malformed", INVALID)
                .map("Invalid", INVALID)
                .map("Error", ERROR)
                .build();
    }

    /**
     * Opayo classic {@code Status} (Server/Direct/Form notifications, reference: opayo.md §3.2).
     * {@code OK REPEATED} is the answer to a reused vendorTxCode whose first transaction succeeded:
     * the money was taken once, so it is AUTHORISED, not a second payment — and it is marked as a
     * duplicate ({@link SourceStatusTable#isDuplicate}) so that a caller records it once.
     *
     * @return the table
     */
    public static SourceStatusTable opayoClassic() {
        return SourceStatusTable.builder()
                .map("OK", AUTHORISED)
                .map("OK REPEATED", AUTHORISED)
                .duplicate("OK REPEATED")
                .map("PENDING", PENDING)
                .map("NOTAUTHED", DECLINED)
                .map("REJECTED", REJECTED)
                .map("AUTHENTICATED", AUTHENTICATED)
                .map("REGISTERED", REGISTERED)
                .map("3DAUTH", CHALLENGE_REQUIRED)
                .map("ABORT", ABORTED)
                .map("MALFORMED", INVALID)
                .map("INVALID", INVALID)
                .map("ERROR", ERROR)
                .build();
    }

    /**
     * Zoho Inventory payment status as the brochures show it: Paid, Pending, Failed, Cancelled.
     *
     * @return the table
     */
    public static TargetStatusTable zohoPaymentStatus() {
        return paidPendingFailedCancelled("Zoho payment status");
    }

    /**
     * The order status Tillbridge writes to a Zoho sales order (a custom status or field; Zoho's own
     * {@code order_status} has no payment states).
     *
     * @return the table
     */
    public static TargetStatusTable zohoOrderStatus() {
        return TargetStatusTable.builder("Zoho order status")
                .map("Paid", AUTHORISED, RELEASED)
                .map("Awaiting Payment", PENDING, CHALLENGE_REQUIRED, AUTHENTICATED, REGISTERED)
                .map("Payment Failed", DECLINED, REJECTED, INVALID, ERROR)
                .map("Payment Cancelled", ABORTED, VOIDED)
                .build();
    }

    /**
     * SYSPRO PaymentStatus as the brochure maps it (Opayo OK → Paid).
     *
     * @return the table
     */
    public static TargetStatusTable sysproPaymentStatus() {
        return paidPendingFailedCancelled("SYSPRO payment status");
    }

    /** The four-word payment vocabulary the Zoho and SYSPRO brochures share. */
    private static TargetStatusTable paidPendingFailedCancelled(String name) {
        return TargetStatusTable.builder(name)
                .map("Paid", AUTHORISED, RELEASED)
                .map("Pending", PENDING, CHALLENGE_REQUIRED, AUTHENTICATED, REGISTERED)
                .map("Failed", DECLINED, REJECTED, INVALID, ERROR)
                .map("Cancelled", ABORTED, VOIDED)
                .build();
    }

    /**
     * KashFlow has no payment-status field (reference: kashflow.md — paid state is derived from the
     * invoice); this table gives the invoice state Tillbridge drives: only AUTHORISED posts a payment.
     *
     * @return the table
     */
    public static TargetStatusTable kashFlowInvoiceState() {
        return TargetStatusTable.builder("KashFlow invoice state")
                .map("Paid", AUTHORISED, RELEASED)
                .map("Unpaid", PENDING, CHALLENGE_REQUIRED, AUTHENTICATED, REGISTERED, DECLINED, REJECTED, INVALID,
                        ERROR, ABORTED)
                .map("Payment Voided", VOIDED)
                .build();
    }
}
