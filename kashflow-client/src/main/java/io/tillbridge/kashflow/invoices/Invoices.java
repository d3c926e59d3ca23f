package io.tillbridge.kashflow.invoices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.kashflow.internal.KashFlowRest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Invoices, keyed by number, over REST v2 ({@code /invoices}, {@code /invoices/{number}}; reference:
 * kashflow.md §3). The customer reference is the one free field KashFlow keeps on an invoice; the
 * Opayo metadata of a payment goes on the payment's note and on the customer's custom fields.
 */
public final class Invoices {

    /** The documented {@code sortby} values for invoices (reference: kashflow.md §2). */
    public static final Set<String> SORT_FIELDS = Set.of("Number", "CustomerRef", "CustomerName", "InvoiceDate", "PaymentDueDate",
            "GrossAmount", "NetAmount", "Status");

    private final KashFlowRest rest;

    /**
     * Creates the service; {@link io.tillbridge.kashflow.KashFlowClient} builds it, hosts normally do not.
     *
     * @param rest the REST transport
     */
    public Invoices(KashFlowRest rest) {
        this.rest = rest;
    }

    /**
     * The full invoice, with lines, payment lines and currency.
     *
     * @param number the invoice number
     * @return the invoice
     * @throws io.tillbridge.kashflow.KashFlowNotFoundException when there is no such invoice
     */
    public Invoice get(int number) {
        requireNumber(number);
        return rest.get("/invoices/" + number, Invoice.class, "invoices.get");
    }

    /**
     * Invoice summaries (no lines, payment lines or currency), paged lazily, sorted as asked.
     *
     * @param sortBy     the field to sort by, as KashFlow names it
     * @param descending whether to sort descending
     * @return the summaries
     */
    public Stream<Invoice> list(String sortBy, boolean descending) {
        if (sortBy != null && !SORT_FIELDS.contains(sortBy)) {
            throw new ValidationException("sortBy", "'" + sortBy + "' is not one of " + SORT_FIELDS);
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("sortby", sortBy);
        query.put("order", sortBy == null ? null : descending ? "Desc" : "Asc");
        return rest.list("/invoices", query, Invoice.class, "invoices.list");
    }

    /**
     * Creates an invoice. Not retried once it may have reached KashFlow; with a {@code number} in
     * the request, an ambiguous failure is resolved by {@link #get}.
     *
     * @param request the invoice
     * @return the created invoice
     */
    public Invoice create(InvoiceRequest request) {
        request.validate();
        JsonNode answer = rest.send("POST", "/invoices", request.json(), Call.RetryMode.UNSAFE, "invoices.create");
        return KashFlowRest.bind(answer, Invoice.class);
    }

    /**
     * Sets the invoice's {@code CustomerReference}: reads the invoice and puts it back whole with only
     * that field changed, so no field is lost to a partial update (KashFlow does not say whether PUT
     * replaces or merges).
     *
     * @param number            the invoice number
     * @param customerReference the new value
     * @return the invoice as written
     */
    public Invoice setCustomerReference(int number, String customerReference) {
        requireNumber(number);
        if (customerReference == null) {
            throw new ValidationException("customerReference", "must not be null; use \"\" to clear");
        }
        JsonNode current = rest.send("GET", "/invoices/" + number, null, Call.RetryMode.SAFE, "invoices.get");
        if (current == null || !current.isObject()) {
            throw new io.tillbridge.kashflow.KashFlowApiException(200, null, "invoice " + number + " answered no object", null);
        }
        ObjectNode changed = ((ObjectNode) current).deepCopy();
        changed.put("CustomerReference", customerReference);
        JsonNode answer = rest.send("PUT", "/invoices/" + number, changed, Call.RetryMode.SAFE, "invoices.update");
        return KashFlowRest.bind(answer == null || !answer.isObject() ? changed : answer, Invoice.class);
    }

    /**
     * Credits (over- and advance payments, credit notes) that could be applied to the invoice, by its {@code Id}.
     *
     * @param invoiceId the invoice's {@code Id}
     * @return the credits
     */
    public List<Credit> credits(long invoiceId) {
        JsonNode answer = rest.send("GET", "/internal/invoices/" + invoiceId + "/credits", null, Call.RetryMode.SAFE,
                "invoices.credits");
        if (answer == null || !answer.isArray()) {
            return List.of();
        }
        return java.util.stream.StreamSupport.stream(answer.spliterator(), false).map(n -> KashFlowRest.bind(n, Credit.class)).toList();
    }

    private static void requireNumber(int number) {
        if (number <= 0) {
            throw new ValidationException("number", "an invoice number is positive; got " + number);
        }
    }
}
