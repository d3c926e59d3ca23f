package io.tillbridge.kashflow.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.TillbridgeException;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.kashflow.KashFlowApiException;
import io.tillbridge.kashflow.KashFlowNotFoundException;
import io.tillbridge.kashflow.internal.KashFlowRest;
import io.tillbridge.kashflow.PaymentOutcomeUnknownException;
import io.tillbridge.kashflow.UnreadableAnswerException;
import io.tillbridge.kashflow.invoices.Invoice;
import io.tillbridge.kashflow.invoices.Invoices;
import io.tillbridge.kashflow.invoices.PaymentLine;
import io.tillbridge.kashflow.internal.KashFlowSoap;
import io.tillbridge.kashflow.internal.SoapElement;
import io.tillbridge.kashflow.internal.SoapRequest;
import io.tillbridge.kashflow.internal.SoapResult;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Payments against invoices. REST v2 has no single-payment call, only bulk payments, so one payment
 * goes through SOAP {@code InsertInvoicePayment}; reading, deleting and the payment methods are SOAP
 * too ({@code GetInvoicePayment}, {@code DeleteInvoicePayment}, {@code GetInvPayMethods}); the
 * REST bulk route is {@link #postBulk} (reference: kashflow.md §3, §4, gaps).
 *
 * <p>A payment post is never sent twice blindly. Before posting, the invoice is read: its currency
 * must be the payment's, and if a payment line already carries the reference, nothing is posted.
 * If the post gets no usable answer (reset, timeout, 5xx, or a 2xx that cannot be read), the invoice's payment lines are read for
 * the reference: found is success, proven absent is a {@link TransportException} that says sending
 * again is safe, and anything else is {@link PaymentOutcomeUnknownException}.
 *
 * <p>The {@code Payment} elements are sent in the order the reference lists them ({@code PayID},
 * {@code PayInvoice}, {@code PayDate}, {@code PayNote}, {@code PayAmount}, {@code PayMethod},
 * {@code PayAccount}); ASMX binds a sequence in order, and that order is unverified against the WSDL.
 * Refunds are not negative payments here: KashFlow's REST marks credit-note payments
 * ({@code IsPaymentCreditNote}) and lists applicable credits ({@link io.tillbridge.kashflow.invoices.Invoices#credits}),
 * but documents no way to post a negative payment, so a refund is a journal
 * ({@link io.tillbridge.kashflow.ledger.Journals}) and a payment that never moved money is deleted.
 */
public final class InvoicePayments {

    private static final DateTimeFormatter SOAP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final KashFlowRest rest;
    private final KashFlowSoap soap;
    private final Invoices invoices;

    /**
     * Creates the service; {@link io.tillbridge.kashflow.KashFlowClient} builds it, hosts normally do not.
     *
     * @param rest     the REST transport
     * @param soap     the SOAP transport
     * @param invoices the invoice service
     */
    public InvoicePayments(KashFlowRest rest, KashFlowSoap soap, Invoices invoices) {
        this.rest = rest;
        this.soap = soap;
        this.invoices = invoices;
    }

    /**
     * Records a payment against its invoice, at most once per reference.
     *
     * @param request the payment
     * @return what was done
     * @throws ValidationException when the currency is not the invoice's (convert first)
     * @throws io.tillbridge.kashflow.KashFlowNotFoundException when there is no such invoice
     * @throws PaymentOutcomeUnknownException when the post may or may not have been recorded
     * @throws io.tillbridge.kashflow.UnreadableAnswerException naming {@code Currency.Code} when the invoice names no
     *         currency or one that is not ISO 4217 (nothing is posted)
     */
    public PaymentPosting record(PaymentRequest request) {
        Invoice invoice = invoices.get(request.invoiceNumber());
        Currency invoiceCurrency = currencyOf(invoice);
        if (!invoiceCurrency.equals(request.currency())) {
            throw new ValidationException("currency", "payment is in " + request.currency().getCurrencyCode() + " but invoice "
                    + request.invoiceNumber() + " is in " + invoiceCurrency.getCurrencyCode() + "; convert it first");
        }
        Optional<PaymentLine> existing = invoice.paymentWithReference(request.reference());
        if (existing.isPresent()) {
            PaymentLine line = existing.get();
            return new PaymentPosting.AlreadyPosted(line.id() == null ? 0 : line.id(), request.invoiceNumber(), request.reference(),
                    line.amount() == null ? request.amount() : line.amount(), request.currency());
        }
        SoapRequest insert = new SoapRequest("InsertInvoicePayment").open("InvoicePayment")
                .text("PayID", 0)
                .text("PayInvoice", request.invoiceNumber())
                .text("PayDate", request.date().atTime(12, 0).format(SOAP_DATE))
                .text("PayNote", request.reference())
                .text("PayAmount", request.amount().toPlainString())
                .text("PayMethod", request.method())
                .text("PayAccount", request.bankAccount())
                .close("InvoicePayment");
        SoapResult result;
        try {
            result = soap.call(insert, Call.RetryMode.UNSAFE);
        } catch (TransportException | KashFlowApiException e) {
            if (!UnreadableAnswerException.mayHaveTakenEffect(e)) {
                throw e; // it never reached KashFlow, or a definite refusal: Status NO, a 4xx
            }
            return resolve(request, e); // a reset, timeout, 5xx or unreadable 2xx: the payment may be recorded
        }
        long id;
        try {
            id = Long.parseLong(result.text());
        } catch (NumberFormatException e) {
            return resolve(request, new UnreadableAnswerException(200, "InsertInvoicePayment answered no id", null));
        }
        return posted(request, id);
    }

    private PaymentPosting resolve(PaymentRequest request, TillbridgeException cause) {
        PaymentLookup lookup = find(request.invoiceNumber(), request.reference());
        if (lookup instanceof PaymentLookup.Found found) {
            return posted(request, found.line().id() == null ? 0 : found.line().id());
        }
        if (lookup instanceof PaymentLookup.Absent) {
            throw new TransportException("KashFlow did not record payment " + request.reference() + " on invoice "
                    + request.invoiceNumber() + " (its payment lines were read after the post failed); sending it again is safe",
                    false, cause);
        }
        throw new PaymentOutcomeUnknownException(request.invoiceNumber(), request.reference(), "payment " + request.reference()
                + " on invoice " + request.invoiceNumber() + " may have been recorded: "
                + ((PaymentLookup.Unknown) lookup).reason() + "; look it up before sending again", cause);
    }

    /**
     * Whether the invoice carries a payment with this reference: reads the invoice's
     * {@code PaymentLines} over REST, and if REST fails, {@code GetInvoicePayment} over SOAP.
     * Never throws for a failed read: that is {@link PaymentLookup.Unknown}.
     *
     * @param invoiceNumber the invoice number
     * @param reference     the payment reference
     * @return whether the payment is there
     */
    public PaymentLookup find(int invoiceNumber, String reference) {
        if (reference == null || reference.isBlank()) {
            throw new ValidationException("reference", "is required");
        }
        String restFailure;
        try {
            Invoice invoice = invoices.get(invoiceNumber);
            return invoice.paymentWithReference(reference).<PaymentLookup>map(PaymentLookup.Found::new)
                    .orElseGet(PaymentLookup.Absent::new);
        } catch (KashFlowNotFoundException e) {
            return new PaymentLookup.Absent(); // no invoice, so no payment on it
        } catch (io.tillbridge.kashflow.AmbiguousRecordException e) {
            return new PaymentLookup.Unknown(e.getMessage());
        } catch (ValidationException e) {
            throw e;
        } catch (TillbridgeException e) {
            restFailure = e.getClass().getSimpleName();
        }
        try {
            List<InvoicePayment> matching = list(invoiceNumber).stream()
                    .filter(payment -> payment.note() != null && payment.note().trim().equals(reference.trim())).toList();
            if (matching.size() > 1) {
                return new PaymentLookup.Unknown("invoice " + invoiceNumber + " carries " + matching.size()
                        + " payments with reference '" + reference + "'");
            }
            if (matching.size() == 1) {
                InvoicePayment payment = matching.get(0);
                return new PaymentLookup.Found(new PaymentLine(payment.payId(), payment.date(), payment.amount(), payment.method(),
                        (long) payment.account(), payment.note(), null, null, null, null, null, null, null));
            }
            return new PaymentLookup.Absent();
        } catch (KashFlowNotFoundException e) {
            return new PaymentLookup.Absent();
        } catch (TillbridgeException e) {
            return new PaymentLookup.Unknown("REST read failed (" + restFailure + "), SOAP read failed ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The invoice's payments, SOAP {@code GetInvoicePayment}.
     *
     * @param invoiceNumber the invoice number
     * @return the payments
     */
    public List<InvoicePayment> list(int invoiceNumber) {
        requireNumber(invoiceNumber, "invoiceNumber");
        SoapResult result = soap.call(new SoapRequest("GetInvoicePayment").text("InvoiceNumber", invoiceNumber), Call.RetryMode.SAFE);
        List<InvoicePayment> payments = new ArrayList<>();
        if (result.result() != null) {
            for (SoapElement payment : result.result().children()) {
                payments.add(InvoicePayment.of(payment.leaves()));
            }
        }
        return payments;
    }

    /**
     * Removes a payment (SOAP {@code DeleteInvoicePayment}): the reversal when money never moved.
     * The parameter name {@code InvoicePaymentNumber} is unverified against the WSDL.
     *
     * @param paymentId the payment's id
     */
    public void delete(long paymentId) {
        if (paymentId <= 0) {
            throw new ValidationException("paymentId", "must be positive");
        }
        soap.call(new SoapRequest("DeleteInvoicePayment").text("InvoicePaymentNumber", paymentId), Call.RetryMode.SAFE);
    }

    /**
     * The account's invoice payment methods, SOAP {@code GetInvPayMethods}.
     *
     * @return the methods
     */
    public List<PaymentMethod> methods() {
        SoapResult result = soap.call(new SoapRequest("GetInvPayMethods"), Call.RetryMode.SAFE);
        List<PaymentMethod> methods = new ArrayList<>();
        if (result.result() != null) {
            for (SoapElement method : result.result().children()) {
                String id = method.text("MethodID");
                try {
                    methods.add(new PaymentMethod(Integer.parseInt(id == null ? "" : id.trim()), method.text("MethodName"),
                            method.leaves()));
                } catch (NumberFormatException e) {
                    throw new KashFlowApiException(200, null, "GetInvPayMethods answered a MethodID that is not a number", null);
                }
            }
        }
        return methods;
    }

    /**
     * Pays several invoices in one receipt over REST. Each invoice is read first and must be in the
     * request's currency. Not retried once it may have reached KashFlow, and bulk items carry no
     * reference to look up, so an ambiguous post ends in {@link PaymentOutcomeUnknownException}.
     *
     * @param request the bulk payment
     * @return the answer (the bulk payment, with its {@code Number})
     */
    public JsonNode postBulk(BulkPaymentRequest request) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            Invoice invoice = invoices.get(request.items().get(i).invoiceNumber());
            Currency currency = currencyOf(invoice);
            if (!currency.equals(request.currency())) {
                errors.add(new ValidationException.FieldError("items[" + i + "].invoiceNumber", "invoice is in "
                        + currency.getCurrencyCode() + ", the payment in " + request.currency().getCurrencyCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            return rest.send("POST", "/invoices/bulk/payments", request.json(), Call.RetryMode.UNSAFE, "payments.bulk.create");
        } catch (TransportException | KashFlowApiException e) {
            if (!UnreadableAnswerException.mayHaveTakenEffect(e)) {
                throw e;
            }
            throw new PaymentOutcomeUnknownException(request.items().get(0).invoiceNumber(), null,
                    "bulk payment may have been recorded; read the invoices' payment lines before sending again", e);
        }
    }

    /**
     * A bulk payment, {@code GET /invoices/bulk/payments/{number}}.
     *
     * @param number the bulk payment's number
     * @return KashFlow's JSON
     */
    public JsonNode bulk(int number) {
        requireNumber(number, "number");
        return rest.send("GET", "/invoices/bulk/payments/" + number, null, Call.RetryMode.SAFE, "payments.bulk.get");
    }

    /**
     * The full invoice's currency. One that names none is not taken to be in the home currency: the
     * reference documents {@code Currency} on invoices and says nothing of a default, and a guess
     * could post a payment in the wrong currency.
     */
    private static Currency currencyOf(Invoice invoice) {
        return invoice.currencyCode().orElseThrow(() -> new UnreadableAnswerException(200, "Currency.Code", "invoice " + invoice.number()
                + " names no currency, so the payment's currency cannot be checked against it; nothing was posted", null));
    }

    private static PaymentPosting posted(PaymentRequest request, long id) {
        return new PaymentPosting.Posted(id, request.invoiceNumber(), request.reference(), request.amount(), request.currency());
    }

    private static void requireNumber(long number, String field) {
        if (number <= 0) {
            throw new ValidationException(field, "must be positive");
        }
    }
}
