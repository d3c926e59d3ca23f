package io.tillbridge.sandbox.zoho;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.sandbox.Emulator;
import io.tillbridge.sandbox.EmulatorReply;
import io.tillbridge.sandbox.EmulatorRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful emulator of Zoho Inventory REST v1 and its OAuth token endpoint, written from the API
 * reference (zoho-inventory.md), not from Tillbridge's client.
 *
 * <p>It keeps sales orders, items with stock on hand, contacts, invoices, customer payments (which
 * reduce invoice balances), credit notes and their refunds, sales returns and inventory adjustments
 * (which change stock). Every call needs {@code organization_id} and a live
 * {@code Zoho-oauthtoken}; errors come in the {@code {code, message}} envelope (1002 not found, 4
 * invalid value, 57 not authorised); a sliding-window limiter answers 429 with code 44 once the
 * window's allowance is used (configurable so that tests stay fast). Lists page by
 * {@code page}/{@code per_page} with {@code page_context.has_more_page}.
 */
public final class ZohoEmulator extends Emulator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENTITY = Pattern.compile("/inventory/v1/([a-z_]+)(?:/([^/]+))?(?:/(.+))?");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    private final String organizationId;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private final Clock clock;
    private final Map<String, Instant> tokens = new HashMap<>();
    private final Map<String, Map<String, ObjectNode>> store = new HashMap<>();
    private final Deque<Instant> window = new ArrayDeque<>();
    private long nextId = 4815000000100000L;
    private int nextNumber = 1;
    private int limit = 100;
    private Duration limitWindow = Duration.ofMinutes(1);
    private int rateLimited;
    private long dailyQuota = 10_000;
    private Duration quotaPeriod = Duration.ofDays(1);
    private long quotaPeriodIndex = Long.MIN_VALUE;
    private long quotaUsed;
    private int quotaRefused;

    /**
     * An emulator that accepts these credentials; {@link io.tillbridge.sandbox.SandboxValues#zohoEmulator}
     * gives one with the documented sandbox values.
     *
     * @param organizationId the only {@code organization_id} it serves
     * @param clientId       the OAuth client id
     * @param clientSecret   the OAuth client secret
     * @param refreshToken   the refresh token it exchanges for access tokens
     * @param clock          for token expiry, record dates and timestamps
     */
    public ZohoEmulator(String organizationId, String clientId, String clientSecret, String refreshToken, Clock clock) {
        super("zoho");
        this.organizationId = organizationId;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.clock = clock;
    }

    /**
     * Starts the emulator.
     *
     * @return this emulator, for chaining
     */
    @Override
    public ZohoEmulator start() {
        super.start();
        return this;
    }

    /**
     * The allowance, counted over a sliding window of real time (not the emulator's clock) so that clients
     * feel it; beyond it calls answer 429 with code 44.
     *
     * @param requests how many calls (Zoho: 100)
     * @param window   per how long (Zoho: a minute)
     * @return this emulator, for chaining
     */
    public synchronized ZohoEmulator rateLimit(int requests, Duration window) {
        this.limit = requests;
        this.limitWindow = window;
        this.window.clear();
        return this;
    }

    /**
     * The organisation's daily API quota (reference §5: about 1,000 a day on the free plan, 2,000–2,500
     * Standard, 5,000 Professional, 10,000 Premium). Counted on the emulator's clock in periods of
     * {@code period} (a day in Zoho; shorter in tests that scale time), starting at the epoch. Every
     * answer carries {@code X-Rate-Limit-Limit}, {@code X-Rate-Limit-Remaining} and
     * {@code X-Rate-Limit-Reset} (seconds to the reset), as Zoho's do; a call beyond the quota is
     * refused with HTTP 429 and code 45. Default: 10,000 a day.
     *
     * @param requests the calls allowed per period
     * @param period   the period (Zoho: a day)
     * @return this emulator, for chaining
     */
    public synchronized ZohoEmulator dailyQuota(long requests, Duration period) {
        if (requests < 1 || period.isNegative() || period.isZero() || period.toSeconds() < 1) {
            throw new IllegalArgumentException("dailyQuota: requests must be positive and the period at least a second");
        }
        this.dailyQuota = requests;
        this.quotaPeriod = period;
        this.quotaPeriodIndex = Long.MIN_VALUE;
        this.quotaUsed = 0;
        return this;
    }

    /**
     * How many calls the daily quota refused (code 45).
     *
     * @return the count since the emulator was made
     */
    public synchronized int quotaRefusedCalls() {
        return quotaRefused;
    }

    // ---- seeding and inspection -------------------------------------------------------------

    /**
     * Adds an item with stock.
     *
     * @param item the item
     * @return its {@code item_id}
     */
    public String seedItem(SeedItem item) {
        return seedItem(item.name(), item.sku(), item.rate(), item.stock());
    }

    /**
     * Adds a customer contact.
     *
     * @param customer the customer
     * @return its {@code contact_id}
     */
    public synchronized String seedCustomer(SeedCustomer customer) {
        return put("contacts", "contact_id", customer.toJson());
    }

    /**
     * Adds a sales order, its totals computed as Zoho would.
     *
     * @param order the order
     * @return its {@code salesorder_id}
     * @throws IllegalArgumentException naming the field, when the customer or an item was never seeded
     */
    public synchronized String seedSalesOrder(SeedSalesOrder order) {
        try {
            return seedSalesOrder(order.toJson(), order.confirmed());
        } catch (BadRequest e) {
            throw new IllegalArgumentException("salesOrder: " + e.getMessage(), e);
        }
    }

    /**
     * Adds an item with stock, unchecked; {@link #seedItem(SeedItem)} checks its values.
     *
     * @param name  {@code name}
     * @param sku   {@code sku}
     * @param rate  {@code rate}
     * @param stock {@code stock_on_hand}
     * @return its {@code item_id}
     */
    public synchronized String seedItem(String name, String sku, BigDecimal rate, BigDecimal stock) {
        ObjectNode item = JSON.createObjectNode().put("name", name).put("sku", sku).put("rate", rate)
                .put("status", "active").put("item_type", "inventory").put("product_type", "goods")
                .put("stock_on_hand", stock).put("available_stock", stock).put("actual_available_stock", stock);
        return put("items", "item_id", item);
    }

    /**
     * Adds a customer contact from Zoho's own fields, unchecked; {@link #seedCustomer(SeedCustomer)} is the
     * typed way.
     *
     * @param name           {@code contact_name}
     * @param email          {@code email}
     * @param currencyCode   {@code currency_code}
     * @param billingAddress {@code billing_address}, also used as {@code shipping_address}; may be null
     * @return its {@code contact_id}
     */
    public synchronized String seedCustomer(String name, String email, String currencyCode, ObjectNode billingAddress) {
        ObjectNode contact = JSON.createObjectNode().put("contact_name", name).put("contact_type", "customer")
                .put("status", "active").put("currency_code", currencyCode).put("email", email);
        if (billingAddress != null) {
            contact.set("billing_address", billingAddress);
            contact.set("shipping_address", billingAddress);
        }
        contact.putArray("custom_fields");
        return put("contacts", "contact_id", contact);
    }

    /**
     * Adds a sales order from a JSON body as the API would take it (customer_id, line_items with
     * item_id, rate, quantity, tax_percentage, discount; currency_code; shipping_charge …), computes
     * its totals and returns its id. For what {@link #seedSalesOrder(SeedSalesOrder)} does not cover,
     * such as discounts.
     *
     * @param body      the order in Zoho's field names
     * @param confirmed true to mark it confirmed, false to leave it draft
     * @return its {@code salesorder_id}
     */
    public synchronized String seedSalesOrder(ObjectNode body, boolean confirmed) {
        ObjectNode order = salesOrder(body);
        if (confirmed) {
            order.put("status", "confirmed").put("order_status", "confirmed");
        }
        return order.get("salesorder_id").asText();
    }

    /**
     * A record as stored, for assertions.
     *
     * @param entity {@code salesorders}, {@code items}, {@code contacts}, {@code invoices}, {@code customerpayments}, …
     * @param id     the record's id
     * @return a copy of the record, or null when there is none
     */
    public synchronized ObjectNode record(String entity, String id) {
        ObjectNode node = table(entity).get(id);
        return node == null ? null : node.deepCopy();
    }

    /**
     * All records of an entity, in the order they were created.
     *
     * @param entity as for {@link #record}
     * @return copies of the records
     */
    public synchronized List<ObjectNode> records(String entity) {
        return table(entity).values().stream().map(ObjectNode::deepCopy).toList();
    }

    /**
     * How many calls the limiter refused.
     *
     * @return the count since the emulator was made
     */
    public synchronized int rateLimitedCalls() {
        return rateLimited;
    }

    // ---- dispatch -----------------------------------------------------------------------------

    @Override
    protected synchronized EmulatorReply handle(EmulatorRequest request) {
        if (request.path().equals("/oauth/v2/token") && request.method().equals("POST")) {
            return token(request);
        }
        if (!request.path().startsWith("/inventory/v1/")) {
            return envelope(404, 5, "Invalid URL Passed");
        }
        Instant now = Instant.now();
        while (!window.isEmpty() && window.peekFirst().isBefore(now.minus(limitWindow))) {
            window.removeFirst();
        }
        if (window.size() >= limit) {
            rateLimited++;
            return envelope(429, 44, "For security reasons your organization has been blocked as it have exceeded the maximum "
                    + "number of requests per minute that can originate from an organization.");
        }
        window.addLast(now);
        Instant today = clock.instant();
        long period = Math.floorDiv(today.getEpochSecond(), quotaPeriod.toSeconds());
        if (period != quotaPeriodIndex) {
            quotaPeriodIndex = period;
            quotaUsed = 0;
        }
        long resetSeconds = Math.max(1, (period + 1) * quotaPeriod.toSeconds() - today.getEpochSecond());
        if (quotaUsed >= dailyQuota) {
            quotaRefused++;
            return withQuota(envelope(429, 45, "You have reached the maximum call rate limit of " + dailyQuota
                    + " requests per day for your organization."), 0, resetSeconds);
        }
        quotaUsed++;
        return withQuota(authorised(request), dailyQuota - quotaUsed, resetSeconds);
    }

    private EmulatorReply withQuota(EmulatorReply reply, long remaining, long resetSeconds) {
        Map<String, String> headers = new LinkedHashMap<>(reply.headers());
        headers.put("X-Rate-Limit-Limit", Long.toString(dailyQuota));
        headers.put("X-Rate-Limit-Remaining", Long.toString(remaining));
        headers.put("X-Rate-Limit-Reset", Long.toString(resetSeconds));
        return new EmulatorReply(reply.status(), reply.body(), headers);
    }

    private EmulatorReply authorised(EmulatorRequest request) {
        String auth = request.header("Authorization");
        String token = auth != null && auth.startsWith("Zoho-oauthtoken ") ? auth.substring(16) : null;
        Instant expiry = token == null ? null : tokens.get(token);
        if (expiry == null || !clock.instant().isBefore(expiry)) {
            return envelope(401, 57, "You are not authorized to perform this operation");
        }
        if (!organizationId.equals(request.query().get("organization_id"))) {
            return envelope(400, 2, "Invalid value passed for organization_id");
        }
        Matcher m = ENTITY.matcher(request.path());
        if (!m.matches()) {
            return envelope(404, 5, "Invalid URL Passed");
        }
        String entity = m.group(1);
        String id = m.group(2);
        String action = m.group(3);
        try {
            return route(request, entity, id, action);
        } catch (BadRequest e) {
            return envelope(400, 4, e.getMessage());
        }
    }

    private EmulatorReply route(EmulatorRequest request, String entity, String id, String action) {
        String method = request.method();
        if (id == null && method.equals("GET")) {
            return list(entity, request);
        }
        if (entity.equals("creditnotes") && "refunds".equals(id) && action == null && method.equals("GET")) {
            List<ObjectNode> refunds = new ArrayList<>();
            table("creditnotes").values().forEach(note -> note.path("refunds").forEach(r -> refunds.add((ObjectNode) r)));
            return list("creditnoterefunds", "creditnote_refunds", refunds, request);
        }
        if (id != null && action == null && method.equals("GET")) {
            return get(entity, id);
        }
        if (entity.equals("invoices") && "fromsalesorder".equals(id) && method.equals("POST")) {
            return invoiceFromSalesOrder(request.query().get("salesorder_id"));
        }
        if (id == null && method.equals("POST")) {
            return create(entity, request);
        }
        if (id != null && action == null && method.equals("PUT")) {
            return update(entity, id, body(request));
        }
        // The documented custom-field endpoints, with singular paths: PUT /item/{id}/customfields and the like.
        if (id != null && "customfields".equals(action) && method.equals("PUT") && CUSTOM_FIELD_PATHS.containsKey(entity)) {
            String table = CUSTOM_FIELD_PATHS.get(entity);
            ObjectNode record = table(table).get(id);
            if (record == null) {
                return notFound(table);
            }
            JsonNode values = array(request);
            mergeCustomFields(record, values);
            record.put("last_modified_time", now());
            return envelope(200, 0, "Custom Fields Updated Successfully");
        }
        if (id != null && action == null && method.equals("DELETE")) {
            return table(entity).remove(id) == null ? notFound(entity) : envelope(200, 0, "The record has been deleted.");
        }
        if (entity.equals("salesorders") && id != null && action != null && action.startsWith("status/") && method.equals("POST")) {
            ObjectNode order = table(entity).get(id);
            if (order == null) {
                return notFound(entity);
            }
            String status = action.substring("status/".length());
            order.put("status", status).put("order_status", status).put("last_modified_time", now());
            return envelope(200, 0, "Sales order status has been changed to '" + status + "'.");
        }
        if (entity.equals("creditnotes") && id != null && "refunds".equals(action)) {
            return method.equals("POST") ? creditNoteRefund(id, body(request)) : creditNoteRefunds(id);
        }
        return envelope(405, 5, "Method not allowed");
    }

    private EmulatorReply token(EmulatorRequest request) {
        Map<String, String> form = new LinkedHashMap<>(request.query());
        form.putAll(EmulatorRequest.form(request.body()));
        if (!"refresh_token".equals(form.get("grant_type")) || !clientId.equals(form.get("client_id"))
                || !clientSecret.equals(form.get("client_secret"))) {
            return EmulatorReply.json(200, "{\"error\":\"invalid_client\"}");
        }
        if (!refreshToken.equals(form.get("refresh_token"))) {
            return EmulatorReply.json(200, "{\"error\":\"invalid_code\"}");
        }
        String token = "1000." + Long.toHexString(nextId++) + ".emulated";
        tokens.put(token, clock.instant().plusSeconds(3600));
        return EmulatorReply.json(200, JSON.createObjectNode().put("access_token", token).put("expires_in", 3600)
                .put("api_domain", baseUrl()).put("token_type", "Bearer").toString());
    }

    private EmulatorReply list(String entity, EmulatorRequest request) {
        return list(entity, listKey(entity), new ArrayList<>(table(entity).values()), request);
    }

    private EmulatorReply list(String entity, String key, List<ObjectNode> all, EmulatorRequest request) {
        int page = integer(request.query().get("page"), 1);
        int perPage = Math.min(200, integer(request.query().get("per_page"), 200));
        // Only the filters Zoho documents for the resource; the real service would silently ignore any
        // other and list everything, which a client must never rely on, so here it is refused outright.
        Set<String> documented = LIST_FILTERS.getOrDefault(entity, Set.of());
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            String name = parameter.getKey();
            if (Set.of("page", "per_page", "organization_id").contains(name)) {
                continue;
            }
            if (!documented.contains(name)) {
                return envelope(400, 4, "Invalid value passed for " + name + ": not a documented " + entity + " filter");
            }
            if (Set.of("sort_column", "sort_order").contains(name)) {
                continue; // applied below, after filtering
            }
            if (name.equals("last_modified_time")) {
                // Records modified at or after the given time, as Zoho documents it for items.
                Instant since = parseTime(parameter.getValue());
                all.removeIf(node -> !node.hasNonNull("last_modified_time")
                        || parseTime(node.get("last_modified_time").asText()).isBefore(since));
                continue;
            }
            String value = parameter.getValue();
            if (name.equals("date_start")) {
                // Zoho's date idiom: date_start and date_end bound the record's date, inclusive.
                all.removeIf(node -> node.path("date").asText().compareTo(value) < 0);
            } else if (name.equals("date_end")) {
                all.removeIf(node -> node.path("date").asText().compareTo(value) > 0);
            } else {
                // Exact-match filters on a field of the same name (customer_id, reference_number, …).
                all.removeIf(node -> !value.equals(node.path(name).asText()));
            }
        }
        String sortColumn = request.query().get("sort_column");
        if (sortColumn != null) {
            // Text order suits Zoho's sortable columns here (timestamps in one offset, dates, numbers written alike).
            java.util.Comparator<ObjectNode> order = java.util.Comparator.comparing(node -> node.path(sortColumn).asText());
            all.sort("D".equals(request.query().get("sort_order")) ? order.reversed() : order);
        }
        int from = Math.min(all.size(), (page - 1) * perPage);
        int to = Math.min(all.size(), from + perPage);
        ObjectNode out = JSON.createObjectNode().put("code", 0).put("message", "success");
        ArrayNode rows = out.putArray(key);
        all.subList(from, to).forEach(rows::add);
        out.putObject("page_context").put("page", page).put("per_page", perPage).put("has_more_page", to < all.size());
        return EmulatorReply.json(200, out.toString());
    }

    private EmulatorReply get(String entity, String id) {
        ObjectNode record = table(entity).get(id);
        if (record == null) {
            return notFound(entity);
        }
        ObjectNode out = JSON.createObjectNode().put("code", 0).put("message", "success");
        out.set(singularKey(entity), record);
        return EmulatorReply.json(200, out.toString());
    }

    private EmulatorReply create(String entity, EmulatorRequest request) {
        ObjectNode body = body(request);
        ObjectNode created = switch (entity) {
            case "salesorders" -> salesOrder(body);
            case "items" -> item(body);
            case "contacts" -> contact(body);
            case "invoices" -> invoice(body);
            case "customerpayments" -> payment(body);
            case "creditnotes" -> creditNote(body, request.query().get("invoice_id"));
            case "salesreturns" -> salesReturn(body, request.query().get("salesorder_id"));
            case "inventoryadjustments" -> adjustment(body);
            default -> throw new BadRequest("Cannot create " + entity + " in the emulator");
        };
        ObjectNode out = JSON.createObjectNode().put("code", 0).put("message", "The record has been created.");
        out.set(singularKey(entity), created);
        return EmulatorReply.json(entity.equals("inventoryadjustments") || entity.equals("items") ? 200 : 201, out.toString());
    }

    private EmulatorReply update(String entity, String id, ObjectNode body) {
        ObjectNode record = table(entity).get(id);
        if (record == null) {
            return notFound(entity);
        }
        // The update schema's required fields, as Zoho checks them: a bare partial PUT is refused.
        for (String required : REQUIRED_ON_UPDATE.getOrDefault(entity, List.of())) {
            if (!body.hasNonNull(required)) {
                return envelope(400, 4, "Invalid value passed for " + required + ": it is required");
            }
        }
        body.fields().forEachRemaining(field -> {
            if (field.getKey().equals("custom_fields")) {
                mergeCustomFields(record, field.getValue());
            } else if (field.getKey().equals("line_items")) {
                record.set("line_items", updatedLines(record.path("line_items"), field.getValue()));
            } else {
                record.set(field.getKey(), field.getValue());
            }
        });
        record.put("last_modified_time", now());
        ObjectNode out = JSON.createObjectNode().put("code", 0).put("message", "The record has been updated.");
        out.set(singularKey(entity), record);
        return EmulatorReply.json(200, out.toString());
    }

    // ---- entities -------------------------------------------------------------------------------

    private ObjectNode salesOrder(ObjectNode body) {
        ObjectNode customer = required("contacts", body.path("customer_id").asText(null), "customer_id");
        ArrayNode lines = lines(body);
        String currency = body.path("currency_code").asText(customer.path("currency_code").asText("GBP"));
        int scale = Currency.getInstance(currency).getDefaultFractionDigits();
        Priced priced = priced(body, lines, scale, line -> line.path("tax_percentage").decimalValue());
        BigDecimal sub = priced.sub();
        BigDecimal tax = priced.tax();
        BigDecimal shipping = body.path("shipping_charge").decimalValue();
        BigDecimal adjustment = body.path("adjustment").decimalValue();
        BigDecimal total = priced.total();
        ObjectNode order = body.deepCopy();
        order.set("line_items", priced.lines());
        order.put("salesorder_number", body.path("salesorder_number").asText("SO-" + String.format("%05d", nextNumber++)))
                .put("date", body.path("date").asText(LocalDate.now(clock).toString()))
                .put("status", "draft").put("order_status", "draft").put("paid_status", "not_paid").put("invoiced_status", "not_invoiced")
                .put("customer_name", customer.path("contact_name").asText()).put("currency_code", currency)
                .put("sub_total", sub.setScale(scale, RoundingMode.HALF_EVEN)).put("tax_total", tax.setScale(scale, RoundingMode.HALF_EVEN))
                .put("shipping_charge", shipping).put("adjustment", adjustment).put("total", total)
                .put("is_discount_before_tax", true).put("is_inclusive_tax", false)
                .put("created_time", now()).put("last_modified_time", now());
        if (!order.has("billing_address") && customer.has("billing_address")) {
            order.set("billing_address", customer.get("billing_address"));
        }
        if (!order.has("shipping_address") && customer.has("shipping_address")) {
            order.set("shipping_address", customer.get("shipping_address"));
        }
        if (!order.has("custom_fields")) {
            order.putArray("custom_fields");
        }
        put("salesorders", "salesorder_id", order);
        return order;
    }

    private ObjectNode item(ObjectNode body) {
        if (body.path("name").asText("").isBlank()) {
            throw new BadRequest("Invalid value passed for name");
        }
        ObjectNode item = body.deepCopy().put("status", "active").put("stock_on_hand", 0).put("available_stock", 0);
        put("items", "item_id", item);
        return item;
    }

    private ObjectNode contact(ObjectNode body) {
        if (body.path("contact_name").asText("").isBlank()) {
            throw new BadRequest("Invalid value passed for contact_name");
        }
        ObjectNode contact = body.deepCopy().put("status", "active");
        put("contacts", "contact_id", contact);
        return contact;
    }

    private EmulatorReply invoiceFromSalesOrder(String salesorderId) {
        ObjectNode order = table("salesorders").get(salesorderId);
        if (order == null) {
            return notFound("salesorders");
        }
        ObjectNode invoice = JSON.createObjectNode().put("invoice_number", "INV-" + String.format("%05d", nextNumber++))
                .put("customer_id", order.path("customer_id").asText()).put("customer_name", order.path("customer_name").asText())
                .put("salesorder_id", salesorderId).put("reference_number", order.path("salesorder_number").asText())
                .put("date", LocalDate.now(clock).toString()).put("status", "sent")
                .put("currency_code", order.path("currency_code").asText())
                .put("sub_total", order.path("sub_total").decimalValue()).put("tax_total", order.path("tax_total").decimalValue())
                .put("total", order.path("total").decimalValue()).put("balance", order.path("total").decimalValue())
                .put("payment_made", 0).put("created_time", now()).put("last_modified_time", now());
        ArrayNode lines = invoice.putArray("line_items");
        order.path("line_items").forEach(line -> lines.add(((ObjectNode) line.deepCopy()).put("salesorder_item_id",
                line.path("line_item_id").asText()).put("line_item_id", Long.toString(nextId++))));
        put("invoices", "invoice_id", invoice);
        listOnOrder(order, invoice);
        ObjectNode out = JSON.createObjectNode().put("code", 0).put("message", "The invoice has been created.");
        out.set("invoice", invoice);
        return EmulatorReply.json(201, out.toString());
    }

    /**
     * The documented create (reference §3.5): {@code customer_id} and {@code line_items} are required, and a line's
     * {@code salesorder_item_id} (a sales-order line's {@code line_item_id}) associates the invoice with that order,
     * which then lists it and takes its invoiced and paid states from it, as {@code fromsalesorder} does.
     */
    private ObjectNode invoice(ObjectNode body) {
        if (body.path("customer_id").asText("").isBlank()) {
            throw new BadRequest("Invalid value passed for customer_id: it is required");
        }
        ObjectNode customer = required("contacts", body.path("customer_id").asText(), "customer_id");
        ArrayNode lines = lines(body);
        ObjectNode order = null;
        Map<String, JsonNode> orderLines = new HashMap<>();
        for (JsonNode line : lines) {
            String soLine = line.path("salesorder_item_id").asText("");
            if (soLine.isEmpty()) {
                continue;
            }
            ObjectNode owner = orderOfLine(soLine);
            if (owner == null) {
                throw new BadRequest("Invalid value passed for line_items.salesorder_item_id: " + soLine
                        + " is not a line of any sales order");
            }
            if (order != null && order != owner) {
                // Zoho would take lines of several orders; the emulator keeps one order per invoice so payments stay simple.
                throw new BadRequest("Invalid value passed for line_items.salesorder_item_id: the lines belong to different sales orders");
            }
            if (!owner.path("customer_id").asText().equals(customer.path("contact_id").asText())) {
                throw new BadRequest("Invalid value passed for customer_id: sales order " + owner.path("salesorder_number").asText()
                        + " belongs to another customer");
            }
            order = owner;
            for (JsonNode ordered : owner.path("line_items")) {
                if (ordered.path("line_item_id").asText().equals(soLine)) {
                    orderLines.put(soLine, ordered);
                }
            }
        }
        String currency = order != null ? order.path("currency_code").asText("GBP") : customer.path("currency_code").asText("GBP");
        int scale = Currency.getInstance(currency).getDefaultFractionDigits();
        // Zoho takes the tax from the line's tax_id; the emulator keeps no tax table, so a line without a percentage
        // bills at the percentage of the order line it links to, when both name the same tax (or none).
        Priced priced = priced(body, lines, scale, line -> {
            JsonNode ordered = orderLines.get(line.path("salesorder_item_id").asText(""));
            return ordered != null && ordered.path("tax_id").asText("").equals(line.path("tax_id").asText(""))
                    ? ordered.path("tax_percentage").decimalValue() : BigDecimal.ZERO;
        });
        BigDecimal total = priced.total();
        ObjectNode invoice = body.deepCopy().put("invoice_number", body.path("invoice_number").asText("INV-" + String.format("%05d", nextNumber++)))
                .put("status", "sent").put("customer_name", customer.path("contact_name").asText())
                .put("currency_code", currency).put("sub_total", priced.sub().setScale(scale, RoundingMode.HALF_EVEN))
                .put("tax_total", priced.tax().setScale(scale, RoundingMode.HALF_EVEN)).put("total", total).put("balance", total)
                .put("payment_made", 0).put("date", body.path("date").asText(LocalDate.now(clock).toString()))
                .put("created_time", now()).put("last_modified_time", now());
        invoice.set("line_items", priced.lines());
        if (order != null) {
            invoice.put("salesorder_id", order.path("salesorder_id").asText());
        }
        put("invoices", "invoice_id", invoice);
        if (order != null) {
            listOnOrder(order, invoice);
        }
        return invoice;
    }

    private ObjectNode orderOfLine(String lineItemId) {
        for (ObjectNode order : table("salesorders").values()) {
            for (JsonNode line : order.path("line_items")) {
                if (line.path("line_item_id").asText().equals(lineItemId)) {
                    return order;
                }
            }
        }
        return null;
    }

    /** The sales order lists its invoices (reference §3.1: invoice_id, invoice_number, status, date, due_date, total, balance). */
    private void listOnOrder(ObjectNode order, ObjectNode invoice) {
        order.put("invoiced_status", "invoiced").put("last_modified_time", now());
        order.withArray("invoices").addObject().put("invoice_id", invoice.path("invoice_id").asText())
                .put("invoice_number", invoice.path("invoice_number").asText()).put("status", "sent")
                .put("date", invoice.path("date").asText()).put("due_date", invoice.path("date").asText())
                .put("total", invoice.path("total").decimalValue()).put("balance", invoice.path("balance").decimalValue());
    }

    /** Priced lines: each stored with a new {@code line_item_id}, its rate and {@code item_total}; and the sums. */
    private record Priced(ArrayNode lines, BigDecimal sub, BigDecimal tax, BigDecimal total) {
    }

    /**
     * Lines priced as Zoho does for orders and invoices: rate × quantity less the line discount (an amount or
     * {@code "10%"}), tax on the net, plus the body's {@code shipping_charge} and {@code adjustment}. A line's rate
     * defaults to its item's; the item must exist.
     */
    private Priced priced(ObjectNode body, ArrayNode lines, int scale, java.util.function.Function<JsonNode, BigDecimal> taxPercent) {
        BigDecimal sub = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        ArrayNode stored = JSON.createArrayNode();
        for (JsonNode line : lines) {
            ObjectNode item = required("items", line.path("item_id").asText(null), "line_items.item_id");
            BigDecimal rate = line.has("rate") ? line.get("rate").decimalValue() : item.path("rate").decimalValue();
            BigDecimal quantity = line.path("quantity").decimalValue();
            BigDecimal gross = rate.multiply(quantity);
            String discount = line.path("discount").asText("");
            BigDecimal off = discount.endsWith("%") ? gross.multiply(new BigDecimal(discount.replace("%", ""))).movePointLeft(2)
                    : discount.isEmpty() ? BigDecimal.ZERO : new BigDecimal(discount);
            BigDecimal net = gross.subtract(off);
            BigDecimal percent = line.has("tax_percentage") ? line.get("tax_percentage").decimalValue() : taxPercent.apply(line);
            sub = sub.add(net);
            tax = tax.add(net.multiply(percent).movePointLeft(2));
            ObjectNode copy = ((ObjectNode) line).deepCopy();
            copy.put("line_item_id", Long.toString(nextId++)).put("rate", rate).put("name", item.path("name").asText())
                    .put("sku", item.path("sku").asText()).put("item_total", net.setScale(scale, RoundingMode.HALF_EVEN));
            if (percent.signum() != 0) {
                copy.put("tax_percentage", percent);
            }
            stored.add(copy);
        }
        BigDecimal total = sub.add(tax).add(body.path("shipping_charge").decimalValue()).add(body.path("adjustment").decimalValue())
                .setScale(scale, RoundingMode.HALF_EVEN);
        return new Priced(stored, sub, tax, total);
    }

    private ObjectNode payment(ObjectNode body) {
        required("contacts", body.path("customer_id").asText(null), "customer_id");
        BigDecimal amount = body.path("amount").decimalValue();
        if (amount.signum() <= 0 || !body.path("invoices").isArray() || body.path("invoices").isEmpty()) {
            throw new BadRequest("Invalid value passed for amount or invoices");
        }
        BigDecimal applied = BigDecimal.ZERO;
        ArrayNode applications = JSON.createArrayNode();
        for (JsonNode application : body.path("invoices")) {
            ObjectNode invoice = required("invoices", application.path("invoice_id").asText(null), "invoices.invoice_id");
            BigDecimal share = application.path("amount_applied").decimalValue();
            BigDecimal balance = invoice.path("balance").decimalValue();
            if (share.compareTo(balance) > 0) {
                throw new BadRequest("The amount applied exceeds the invoice balance " + balance.toPlainString());
            }
            BigDecimal left = balance.subtract(share);
            invoice.put("balance", left).put("payment_made", invoice.path("payment_made").decimalValue().add(share))
                    .put("status", left.signum() == 0 ? "paid" : "partially_paid").put("last_modified_time", now());
            if (invoice.has("salesorder_id")) {
                ObjectNode order = table("salesorders").get(invoice.get("salesorder_id").asText());
                if (order != null) {
                    // Zoho derives the order's paid state from its invoices.
                    for (JsonNode listed : order.path("invoices")) {
                        if (listed.path("invoice_id").asText().equals(invoice.path("invoice_id").asText())) {
                            ((ObjectNode) listed).put("balance", left).put("status", invoice.path("status").asText());
                        }
                    }
                    order.put("paid_status", left.signum() == 0 ? "paid" : "partially_paid").put("last_modified_time", now());
                }
            }
            applied = applied.add(share);
            applications.add(JSON.createObjectNode().put("invoice_id", invoice.path("invoice_id").asText())
                    .put("invoice_number", invoice.path("invoice_number").asText()).put("amount_applied", share).put("balance_amount", left));
        }
        ObjectNode payment = body.deepCopy().put("payment_number", Integer.toString(nextNumber++)).put("status", "success")
                .put("amount_refunded", 0).put("unused_amount", amount.subtract(applied))
                .put("date", body.path("date").asText(LocalDate.now(clock).toString()));
        String currency = table("invoices").get(body.path("invoices").get(0).path("invoice_id").asText()).path("currency_code").asText();
        payment.put("currency_code", currency);
        payment.set("invoices", applications);
        JsonNode fields = payment.remove("custom_fields");
        payment.putArray("custom_fields");
        if (fields != null && fields.isArray()) {
            mergeCustomFields(payment, fields); // stored as Zoho answers them: customfield_id, api_name, label, value
        }
        put("customerpayments", "payment_id", payment);
        return payment;
    }

    private ObjectNode creditNote(ObjectNode body, String invoiceId) {
        ObjectNode customer = required("contacts", body.path("customer_id").asText(null), "customer_id");
        BigDecimal total = linesTotal(body);
        ObjectNode note = body.deepCopy().put("creditnote_number", body.path("creditnote_number").asText("CN-" + String.format("%05d", nextNumber++)))
                .put("status", "open").put("customer_name", customer.path("contact_name").asText())
                .put("currency_code", customer.path("currency_code").asText("GBP")).put("total", total).put("balance", total)
                .put("updated_time", now());
        if (invoiceId != null) {
            required("invoices", invoiceId, "invoice_id");
            note.put("invoice_id", invoiceId);
        }
        // As Zoho does: a line marked is_returned_to_stock puts its goods back into stock with the credit note.
        for (JsonNode line : lines(note)) {
            if (line.path("is_returned_to_stock").asBoolean(false) && line.hasNonNull("item_id")) {
                addStock(required("items", line.path("item_id").asText(), "line_items.item_id"), line.path("quantity").decimalValue());
            }
        }
        put("creditnotes", "creditnote_id", note);
        return note;
    }

    private EmulatorReply creditNoteRefund(String creditnoteId, ObjectNode body) {
        ObjectNode note = table("creditnotes").get(creditnoteId);
        if (note == null) {
            return notFound("creditnotes");
        }
        BigDecimal amount = body.path("amount").decimalValue();
        BigDecimal balance = note.path("balance").decimalValue();
        if (amount.signum() <= 0 || amount.compareTo(balance) > 0) {
            return envelope(400, 4, "Invalid value passed for amount: the credit note balance is " + balance.toPlainString());
        }
        note.put("balance", balance.subtract(amount)).put("status", balance.subtract(amount).signum() == 0 ? "closed" : "open")
                .put("updated_time", now());
        ObjectNode refund = body.deepCopy().put("creditnote_refund_id", Long.toString(nextId++)).put("creditnote_id", creditnoteId)
                .put("customer_name", note.path("customer_name").asText());
        ((ArrayNode) note.withArray("refunds")).add(refund);
        ObjectNode out = JSON.createObjectNode().put("code", 0).put("message", "The refund has been recorded.");
        out.set("creditnote_refund", refund);
        return EmulatorReply.json(201, out.toString());
    }

    private EmulatorReply creditNoteRefunds(String creditnoteId) {
        ObjectNode note = table("creditnotes").get(creditnoteId);
        if (note == null) {
            return notFound("creditnotes");
        }
        ObjectNode out = JSON.createObjectNode().put("code", 0).put("message", "success");
        // Zoho's refund list writes the amount as amount_bcy (base currency) and amount_fcy (the note's
        // currency), not as amount as the create answer does.
        ArrayNode refunds = JSON.createArrayNode();
        BigDecimal rate = note.path("exchange_rate").isMissingNode() || note.path("exchange_rate").decimalValue().signum() == 0
                ? BigDecimal.ONE : note.path("exchange_rate").decimalValue();
        note.path("refunds").forEach(stored -> {
            ObjectNode row = stored.deepCopy();
            BigDecimal amount = row.path("amount").decimalValue();
            row.remove("amount");
            row.put("amount_fcy", amount).put("amount_bcy", amount.multiply(rate)).put("creditnote_number",
                    note.path("creditnote_number").asText());
            refunds.add(row);
        });
        out.set("creditnote_refunds", refunds);
        return EmulatorReply.json(200, out.toString());
    }

    private ObjectNode salesReturn(ObjectNode body, String salesorderId) {
        ObjectNode order = required("salesorders", salesorderId, "salesorder_id");
        lines(body);
        ObjectNode ret = body.deepCopy().put("salesreturn_number", body.path("salesreturn_number").asText("RMA-" + String.format("%05d", nextNumber++)))
                .put("salesorder_id", salesorderId).put("salesorder_number", order.path("salesorder_number").asText())
                .put("salesreturn_status", "approved").put("receive_status", "").put("refund_status", "");
        put("salesreturns", "salesreturn_id", ret);
        return ret;
    }

    private ObjectNode adjustment(ObjectNode body) {
        if (body.path("reason").asText("").isBlank() || body.path("date").asText("").isBlank()) {
            throw new BadRequest("Invalid value passed for reason or date");
        }
        for (JsonNode line : lines(body)) {
            ObjectNode item = required("items", line.path("item_id").asText(null), "line_items.item_id");
            addStock(item, line.path("quantity_adjusted").decimalValue());
        }
        ObjectNode adjustment = body.deepCopy();
        put("inventoryadjustments", "inventory_adjustment_id", adjustment);
        return adjustment;
    }

    private void addStock(ObjectNode item, BigDecimal delta) {
        item.put("stock_on_hand", item.path("stock_on_hand").decimalValue().add(delta))
                .put("available_stock", item.path("available_stock").decimalValue().add(delta))
                .put("actual_available_stock", item.path("actual_available_stock").decimalValue().add(delta))
                .put("last_modified_time", now());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /**
     * Lines of an update as Zoho treats them: a line with a known {@code line_item_id} edits that line,
     * one without is a new line, and a line left out is deleted.
     */
    private ArrayNode updatedLines(JsonNode existing, JsonNode sent) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        existing.forEach(line -> byId.put(line.path("line_item_id").asText(), (ObjectNode) line));
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode line : sent) {
            ObjectNode known = byId.get(line.path("line_item_id").asText("\u0000"));
            ObjectNode merged = known == null ? ((ObjectNode) line.deepCopy()).put("line_item_id", Long.toString(nextId++))
                    : known.deepCopy().setAll((ObjectNode) line);
            out.add(merged);
        }
        return out;
    }

    private static JsonNode array(EmulatorRequest request) {
        try {
            JsonNode node = JSON.readTree(request.body());
            if (node != null && node.isArray()) {
                return node;
            }
            if (node != null && node.path("custom_fields").isArray()) {
                return node.get("custom_fields");
            }
        } catch (Exception e) {
            // fall through
        }
        throw new BadRequest("The request body is not a list of custom fields");
    }

    private void mergeCustomFields(ObjectNode record, JsonNode values) {
        ArrayNode fields = record.withArray("custom_fields");
        for (JsonNode value : values) {
            String id = value.path("customfield_id").asText(null);
            String apiName = value.path("api_name").asText(null);
            ObjectNode existing = null;
            for (JsonNode field : fields) {
                if ((id != null && id.equals(field.path("customfield_id").asText(null)))
                        || (apiName != null && apiName.equals(field.path("api_name").asText(null)))) {
                    existing = (ObjectNode) field;
                }
            }
            if (existing == null) {
                existing = fields.addObject();
                existing.put("customfield_id", id != null ? id : Long.toString(nextId++));
                if (apiName != null) {
                    existing.put("api_name", apiName).put("label", apiName);
                }
            }
            existing.put("value", value.path("value").asText(""));
            if (apiName != null) {
                record.put(apiName, value.path("value").asText(""));
            }
        }
    }

    /** Σ rate × quantity over the body's lines (invoices and credit notes here carry no tax or discounts). */
    private BigDecimal linesTotal(ObjectNode body) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode line : lines(body)) {
            total = total.add(line.path("rate").decimalValue().multiply(line.path("quantity").decimalValue()));
        }
        return total;
    }

    private ArrayNode lines(ObjectNode body) {
        JsonNode lines = body.path("line_items");
        if (!lines.isArray() || lines.isEmpty()) {
            throw new BadRequest("Invalid value passed for line_items");
        }
        return (ArrayNode) lines;
    }

    private ObjectNode required(String entity, String id, String field) {
        ObjectNode record = id == null ? null : table(entity).get(id);
        if (record == null) {
            throw new BadRequest("Invalid value passed for " + field);
        }
        return record;
    }

    private String put(String entity, String idField, ObjectNode record) {
        String id = Long.toString(nextId++);
        record.put(idField, id);
        table(entity).put(id, record);
        return id;
    }

    private Map<String, ObjectNode> table(String entity) {
        return store.computeIfAbsent(entity, e -> new LinkedHashMap<>());
    }

    private static String singularKey(String entity) {
        return switch (entity) {
            case "salesorders" -> "salesorder";
            case "customerpayments" -> "payment";
            case "inventoryadjustments", "inventory_adjustments" -> "inventory_adjustment";
            default -> entity.substring(0, entity.length() - 1);
        };
    }

    private static String listKey(String entity) {
        return entity.equals("inventoryadjustments") ? "inventory_adjustments" : entity;
    }

    private EmulatorReply notFound(String entity) {
        String name = switch (entity) {
            case "salesorders" -> "Sales Order";
            case "invoices" -> "Invoice";
            case "items" -> "Item";
            case "contacts" -> "Contact";
            case "creditnotes" -> "Credit Note";
            default -> "Record";
        };
        return envelope(404, 1002, name + " does not exist.");
    }

    /** Documented custom-field endpoints: singular path segment to table. */
    private static final Map<String, String> CUSTOM_FIELD_PATHS = Map.of("item", "items", "invoice", "invoices",
            "customerpayment", "customerpayments");

    /** What each update schema requires (Zoho refuses an update without them). */
    private static final Map<String, List<String>> REQUIRED_ON_UPDATE = Map.of(
            "salesorders", List.of("customer_id", "line_items"),
            "contacts", List.of("contact_name"),
            "purchaseorders", List.of("vendor_id", "line_items"),
            "creditnotes", List.of("customer_id", "line_items"));

    /** The list filters the emulator accepts: documented ones it can apply as exact matches or ignore safely. */
    private static final Map<String, Set<String>> LIST_FILTERS = Map.ofEntries(
            Map.entry("salesorders", Set.of("sort_column", "sort_order", "last_modified_time", "customer_id")),
            Map.entry("items", Set.of("sort_column", "sort_order", "last_modified_time", "sku", "name", "item_id", "status")),
            Map.entry("contacts", Set.of("sort_column", "sort_order", "contact_name", "email")),
            Map.entry("invoices", Set.of("sort_column", "sort_order", "customer_id", "reference_number", "invoice_number", "status",
                    "date", "date_start", "date_end")),
            Map.entry("customerpayments", Set.of("sort_column", "sort_order", "reference_number", "payment_mode", "date")),
            // Our reference lists no filters for the all-refunds list.
            Map.entry("creditnoterefunds", Set.of()),
            Map.entry("packages", Set.of("sort_column", "customer_id", "status")),
            Map.entry("creditnotes", Set.of()),
            Map.entry("inventoryadjustments", Set.of()),
            Map.entry("salesreturns", Set.of()),
            Map.entry("purchaseorders", Set.of()));

    private static EmulatorReply envelope(int status, int code, String message) {
        return EmulatorReply.json(status, JSON.createObjectNode().put("code", code).put("message", message).toString());
    }

    private static ObjectNode body(EmulatorRequest request) {
        try {
            JsonNode node = JSON.readTree(request.body());
            if (node != null && node.isObject()) {
                return (ObjectNode) node;
            }
        } catch (Exception e) {
            // fall through
        }
        throw new BadRequest("The request body is not a JSON object");
    }

    private String now() {
        return TIMESTAMP.format(clock.instant().atOffset(ZoneOffset.UTC));
    }

    /** Zoho's timestamp (yyyy-MM-ddTHH:mm:ss+0000), or with a colon in the offset; a bad one is the client's error. */
    private static Instant parseTime(String text) {
        try {
            return java.time.OffsetDateTime.parse(text, TIMESTAMP).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (java.time.format.DateTimeParseException again) {
                throw new BadRequest("Invalid value passed for last_modified_time: " + text);
            }
        }
    }

    private static int integer(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A request the emulated Zoho refuses with code 4. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
