package io.tillbridge.zoho.resources;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.internal.paging.LazyPages;
import io.tillbridge.client.internal.validation.RequestValidator;
import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.internal.ZohoJson;
import io.tillbridge.zoho.model.BulkResult;
import io.tillbridge.zoho.model.CustomFieldValue;
import io.tillbridge.zoho.model.Inputs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Zoho Inventory resource: get, lazy paged list, create, update, delete and status actions,
 * with the response keys Zoho uses (and the variants its OpenAPI files show; reference:
 * zoho-inventory.md §8). The typed services delegate here; package-private, since its create and
 * update take any object and only the services know which input each resource takes.
 *
 * @param <T> the record type
 */
final class Resource<T> {

    /** Zoho's page size and its maximum. */
    public static final int PAGE_SIZE = 200;

    private final ZohoConnection connection;
    private final String path;
    private final List<String> singularKeys;
    private final List<String> pluralKeys;
    private final Class<T> type;
    private final String name;
    private final RequestValidator validator = new RequestValidator();

    Resource(ZohoConnection connection, String path, List<String> singularKeys, List<String> pluralKeys, Class<T> type) {
        this.connection = connection;
        this.path = path;
        this.singularKeys = singularKeys;
        this.pluralKeys = pluralKeys;
        this.type = type;
        this.name = path.substring(1);
    }

    public T get(String id) {
        return required(connection.sendFor("GET", path + "/" + encode(id), null, Call.RetryMode.SAFE, name + ".get", singularKeys, type));
    }

    /** One page, for callers that page themselves. */
    public Page<T> page(ListQuery query, int page) {
        requireQuery(query);
        if (page < 1) {
            throw new io.tillbridge.client.ValidationException("page", "must be 1 or more, got " + page);
        }
        DocumentedFilters.check(path, query.parameters());
        Map<String, String> parameters = new LinkedHashMap<>(query.parameters());
        parameters.put("page", Integer.toString(page));
        parameters.put("per_page", Integer.toString(PAGE_SIZE));
        JsonNode envelope = connection.send("GET", path + ZohoConnection.query(parameters), null, Call.RetryMode.SAFE, name + ".list");
        JsonNode list = firstOf(envelope, pluralKeys);
        List<T> records = new ArrayList<>();
        // An answer without its array is an error, not an empty page: reading it as empty would let a
        // caller skip orders silently.
        requireArray(list, pluralKeys.get(0)).forEach(node -> records.add(ZohoConnection.read(node, type)));
        boolean more = envelope.path("page_context").path("has_more_page").asBoolean(false);
        return new Page<>(records, page, more);
    }

    /** Every record matching the query, fetched a page at a time as the stream is consumed. */
    public Stream<T> stream(ListQuery query) {
        requireQuery(query); // refused when called, not when the stream is first read
        return LazyPages.stream(number -> {
            Page<T> page = page(query, number);
            return new LazyPages.Fetched<>(page.records(), page.hasMore());
        }, 1, 1);
    }

    /**
     * Creates a record. Not retried when the outcome is unknown: Zoho has no idempotency key, so a
     * lost answer must be resolved by looking the record up (for example by its number).
     */
    public T create(Object input, Map<String, String> query) {
        validate(input);
        return required(connection.sendFor("POST", path + ZohoConnection.query(query), input, Call.RetryMode.UNSAFE, name + ".create",
                singularKeys, type));
    }

    /** Updates a record; fields left null are not changed. */
    public T update(String id, Object input) {
        requireInput(input);
        return required(connection.sendFor("PUT", path + "/" + encode(id), input, Call.RetryMode.SAFE, name + ".update",
                singularKeys, type));
    }

    /**
     * Writes custom fields through the resource's own custom-field endpoint, documented for items,
     * invoices and customer payments with a singular path ({@code PUT /item/{id}/customfields}). The
     * body is the list of values; the record is read back afterwards.
     */
    public T updateCustomFieldsAt(String singularPath, String id, List<CustomFieldValue> values) {
        Inputs.CustomFieldsUpdate update = new Inputs.CustomFieldsUpdate(values);
        validate(update);
        connection.send("PUT", singularPath + "/" + encode(id) + "/customfields", update.customFields(), Call.RetryMode.SAFE,
                name + ".customfields");
        return get(id);
    }

    /**
     * Writes custom fields with an update that carries what the update schema requires — where no
     * custom-field endpoint is documented. The record is read first and its required fields (and its
     * lines, each with its {@code line_item_id}, so no line is added or lost) are sent back unchanged
     * with the new values.
     */
    public T updateCustomFieldsWith(String id, List<CustomFieldValue> values, List<String> required) {
        Inputs.CustomFieldsUpdate update = new Inputs.CustomFieldsUpdate(values);
        validate(update);
        JsonNode current = firstOf(connection.send("GET", path + "/" + encode(id), null, Call.RetryMode.SAFE, name + ".get"),
                singularKeys);
        if (current == null || !current.isObject()) {
            throw new ApiException("Zoho Inventory", 200, List.of(), "answer has no " + singularKeys.get(0), null);
        }
        com.fasterxml.jackson.databind.node.ObjectNode body = io.tillbridge.zoho.internal.ZohoJson.mapper().createObjectNode();
        for (String field : required) {
            JsonNode value = current.get(field);
            if (value == null || value.isNull()) {
                throw new ApiException("Zoho Inventory", 200, List.of(), name + " " + id + " has no " + field
                        + ", which an update must carry", null);
            }
            body.set(field, field.equals("line_items") ? writableLines(value) : value);
        }
        body.set("custom_fields", io.tillbridge.zoho.internal.ZohoJson.mapper().valueToTree(update.customFields()));
        return update(id, body);
    }

    /**
     * The line fields an update takes back; read-only progress and totals are left out. From the update
     * schemas' line items (OpenAPI: salesorders, purchaseorders, credit-notes, packages, salesreturns,
     * inventoryadjustments): an adjustment's line requires {@code quantity_adjusted}, so leaving it out
     * would make the update refused or the line zeroed.
     */
    private static final List<String> LINE_WRITE_FIELDS = List.of("line_item_id", "item_id", "name", "description", "rate",
            "quantity", "unit", "tax_id", "tds_tax_id", "discount", "location_id", "warehouse_id", "item_order",
            "salesorder_item_id", "so_line_item_id", "purchase_rate", "account_id", "invoice_id", "invoice_item_id",
            "salesreturn_item_id", "is_returned_to_stock", "is_item_shipped", "quantity_adjusted", "adjustment_account_id",
            "non_receive_quantity", "item_custom_fields", "hsn_or_sac", "serial_numbers", "batches");

    private static JsonNode writableLines(JsonNode lines) {
        com.fasterxml.jackson.databind.node.ArrayNode out = io.tillbridge.zoho.internal.ZohoJson.mapper().createArrayNode();
        for (JsonNode line : lines) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = out.addObject();
            for (String field : LINE_WRITE_FIELDS) {
                if (line.hasNonNull(field)) {
                    copy.set(field, line.get(field));
                }
            }
        }
        return out;
    }

    public void delete(String id) {
        connection.send("DELETE", path + "/" + encode(id), null, Call.RetryMode.SAFE, name + ".delete");
    }

    /** A status action such as {@code status/confirmed}; safe to repeat, it sets a state. */
    void action(String id, String action) {
        connection.send("POST", path + "/" + encode(id) + "/" + action, null, Call.RetryMode.SAFE, name + "." + action);
    }

    /** A bulk status action on many ids, reporting each record's result. */
    BulkResult bulkAction(String action, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new io.tillbridge.client.ValidationException("ids", "must name at least one record");
        }
        for (String id : ids) {
            if (id == null || id.isBlank() || id.contains(",")) {
                throw new io.tillbridge.client.ValidationException("ids", "each id must be non-blank and without commas");
            }
        }
        String key = name.replaceAll("s$", "") + "_ids";
        JsonNode envelope = connection.send("POST", path + "/" + action + ZohoConnection.query(Map.of(key, String.join(",", ids))),
                null, Call.RetryMode.SAFE, name + ".bulk." + action);
        List<BulkResult.RecordResult> results = new ArrayList<>();
        JsonNode data = envelope.path("data");
        for (String group : BULK_GROUPS) {
            data.path(group).forEach(entry -> results.add(record(entry)));
        }
        for (String plural : pluralKeys) {
            envelope.path(plural).forEach(entry -> results.add(record(entry)));
        }
        if (results.isEmpty()) {
            results.add(new BulkResult.RecordResult(ids, envelope.path("code").asInt(0), envelope.path("message").asText("")));
        }
        return new BulkResult(results, unread(envelope, pluralKeys));
    }

    /** Where Zoho puts per-record results in a bulk answer's {@code data}. */
    private static final List<String> BULK_GROUPS = List.of("email_success_info", "email_error_info", "success_info", "error_info");

    /** The bulk answer's fields no record was read from, so that nothing Zoho reported is dropped. */
    private static Map<String, Object> unread(JsonNode envelope, List<String> pluralKeys) {
        Map<String, Object> other = fields(envelope, List.of("code", "message", "data"));
        other.keySet().removeAll(pluralKeys);
        JsonNode data = envelope.get("data");
        if (data != null && !data.isObject()) {
            other.put("data", ZohoJson.mapper().convertValue(data, Object.class));
        } else if (data != null) {
            Map<String, Object> rest = fields(data, BULK_GROUPS);
            if (!rest.isEmpty()) {
                other.put("data", rest);
            }
        }
        return other;
    }

    /** An object's members other than {@code read}, as plain Java values. */
    private static Map<String, Object> fields(JsonNode node, List<String> read) {
        Map<String, Object> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            if (!read.contains(field.getKey())) {
                out.put(field.getKey(), ZohoJson.mapper().convertValue(field.getValue(), Object.class));
            }
        });
        return out;
    }

    /** Creates with an extra path segment, for sub-resources such as a credit note's refunds. */
    <S> S createBelow(String id, String sub, Object input, String key, Class<S> subType) {
        validate(input);
        JsonNode envelope = connection.send("POST", path + "/" + encode(id) + "/" + sub, input, Call.RetryMode.UNSAFE,
                name + "." + sub + ".create");
        return ZohoConnection.read(required(envelope, List.of(key)), subType);
    }

    <S> List<S> listBelow(String id, String sub, String key, Class<S> subType) {
        JsonNode envelope = connection.send("GET", path + "/" + encode(id) + "/" + sub, null, Call.RetryMode.SAFE, name + "." + sub);
        List<S> out = new ArrayList<>();
        requireArray(envelope.get(key), key).forEach(node -> out.add(ZohoConnection.read(node, subType)));
        return out;
    }

    private JsonNode requireArray(JsonNode list, String key) {
        if (list == null || !list.isArray()) {
            throw new ApiException("Zoho Inventory", 200, List.of(), name + " list answer has "
                    + (list == null ? "no '" + key + "' array" : "'" + key + "' that is not an array"), null);
        }
        return list;
    }

    /** A record read from a custom call, for services' own endpoints. */
    T one(String method, String pathAndQuery, Object body, Call.RetryMode retry, String operation) {
        return required(connection.sendFor(method, pathAndQuery, body, retry, operation, singularKeys, type));
    }

    private T required(T record) {
        if (record == null) {
            throw new ApiException("Zoho Inventory", 200, List.of(), "answer has no " + singularKeys.get(0), null);
        }
        return record;
    }

    private static BulkResult.RecordResult record(JsonNode entry) {
        List<String> ids = new ArrayList<>();
        // Zoho sometimes joins several ids into one string ("1,2,3"); each record gets its own entry.
        JsonNode idList = entry.path("ids");
        if (idList.isArray()) {
            idList.forEach(id -> split(id.asText(), ids));
        } else if (idList.isValueNode()) {
            split(idList.asText(), ids);
        }
        for (String field : List.of("salesorder_id", "id")) {
            if (entry.hasNonNull(field)) {
                split(entry.get(field).asText(), ids);
            }
        }
        Map<String, Object> other = entry.isObject() ? fields(entry, RECORD_FIELDS) : Map.of();
        return new BulkResult.RecordResult(ids, entry.path("code").asInt(0), entry.path("message").asText(""), other);
    }

    /** What a per-record entry is read into: ids, code and message. */
    private static final List<String> RECORD_FIELDS = List.of("ids", "salesorder_id", "id", "code", "message");

    private static void split(String joined, List<String> ids) {
        for (String id : joined.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.trim());
            }
        }
    }

    private JsonNode required(JsonNode envelope, List<String> keys) {
        JsonNode node = firstOf(envelope, keys);
        if (node != null && node.isArray() && node.size() == 1) {
            node = node.get(0); // a create answered with the record inside a one-element array
        }
        if (node == null || !node.isObject()) {
            throw new ApiException("Zoho Inventory", 200, List.of(), "answer has no " + keys.get(0), null);
        }
        return node;
    }

    private static JsonNode firstOf(JsonNode envelope, List<String> keys) {
        for (String key : keys) {
            if (envelope.has(key)) {
                return envelope.get(key);
            }
        }
        return null;
    }

    /** Jakarta Validation refuses a null object with an IllegalArgumentException; a host gets the field named instead. */
    private void validate(Object input) {
        validator.validate(requireInput(input));
    }

    private static Object requireInput(Object input) {
        if (input == null) {
            throw new io.tillbridge.client.ValidationException("input", "is missing");
        }
        return input;
    }

    private static void requireQuery(ListQuery query) {
        if (query == null) {
            throw new io.tillbridge.client.ValidationException("query", "is missing: pass ListQuery.ALL for no filter");
        }
    }

    static String encode(String id) {
        return URLEncoder.encode(requireId("id", id), StandardCharsets.UTF_8);
    }

    /** An id refused before any request when it is missing or blank, naming the field. */
    static String requireId(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new io.tillbridge.client.ValidationException(field, id == null ? "is missing" : "must not be blank");
        }
        return id;
    }
}
