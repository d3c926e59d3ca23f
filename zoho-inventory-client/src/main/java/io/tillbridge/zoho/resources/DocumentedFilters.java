package io.tillbridge.zoho.resources;

import io.tillbridge.client.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The list filters Zoho documents for each resource (reference: zoho-inventory.md §3, §4). Zoho
 * ignores a parameter it does not know and answers with every record, so a lookup through an
 * undocumented or misspelt filter would match the wrong record; such a query is refused before it
 * is sent. Sales orders have no official list of filters beyond paging; the ones the reference
 * records from long-used clients are allowed there.
 */
final class DocumentedFilters {

    private static final List<String> TEXT = List.of("", "_startswith", "_contains");
    private static final List<String> NUMBER = List.of("", "_less_than", "_less_equals", "_greater_than", "_greater_equals");
    private static final List<String> DATE = List.of("", "_start", "_end", "_before", "_after");
    private static final Set<String> SORTING = Set.of("sort_column", "sort_order", "search_text", "filter_by");

    private static final Map<String, Set<String>> BY_PATH = Map.ofEntries(
            Map.entry("/items", build(List.of("status", "tax_id", "account_id", "purchase_account_id", "customview_id", "vendor_id",
                    "item_id", "zcrm_product_id", "category_id", "brand_ids", "manufacturer_ids", "warehouse_id", "location_id",
                    "group_id", "last_modified_time"), List.of("name", "sku"), List.of("rate", "purchase_rate"), List.of())),
            Map.entry("/contacts", build(List.of(), List.of("contact_name", "company_name", "first_name", "last_name", "address",
                    "email", "phone"), List.of(), List.of())),
            Map.entry("/salesorders", build(List.of("customview_id", "last_modified_time", "created_date_start", "created_date_end"),
                    List.of(), List.of(), List.of())),
            Map.entry("/invoices", build(List.of("invoice_number", "item_name", "item_id", "item_description", "reference_number",
                    "customer_name", "recurring_invoice_id", "email", "custom_field", "customer_id", "status"), List.of(),
                    List.of("total", "balance"), List.of("date", "due_date"))),
            Map.entry("/customerpayments", build(List.of("customer_name", "reference_number", "notes", "payment_mode"), List.of(),
                    List.of("amount"), List.of("date"))),
            Map.entry("/packages", build(List.of("customer_id", "status", "date_start", "date_end", "shipment_date_start",
                    "shipment_date_end"), List.of(), List.of(), List.of())),
            Map.entry("/inventoryadjustments", Set.of()),
            Map.entry("/creditnotes", Set.of()),
            Map.entry("/salesreturns", Set.of()),
            Map.entry("/purchaseorders", Set.of()));

    private DocumentedFilters() {
    }

    private static Set<String> build(List<String> exact, List<String> text, List<String> number, List<String> date) {
        Set<String> names = new HashSet<>(SORTING);
        names.addAll(exact);
        text.forEach(name -> TEXT.forEach(suffix -> names.add(name + suffix)));
        number.forEach(name -> NUMBER.forEach(suffix -> names.add(name + suffix)));
        date.forEach(name -> DATE.forEach(suffix -> names.add(name + suffix)));
        return Set.copyOf(names);
    }

    /**
     * @throws ValidationException naming each parameter Zoho does not document for this resource
     */
    static void check(String path, Map<String, String> parameters) {
        Set<String> allowed = BY_PATH.getOrDefault(path, Set.of());
        List<ValidationException.FieldError> errors = parameters.keySet().stream().filter(name -> !allowed.contains(name))
                .sorted()
                .map(name -> new ValidationException.FieldError("query." + name, "is not a filter Zoho documents for "
                        + path.substring(1) + "; Zoho would ignore it and list every record"))
                .toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
