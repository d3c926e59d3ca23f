package io.tillbridge.sandbox.zoho;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.sandbox.Http;
import io.tillbridge.sandbox.Http.Reply;
import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.sandbox.SandboxValues;
import io.tillbridge.sandbox.junit.SandboxExtension;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Zoho Inventory emulator against the API as zoho-inventory.md documents it, over plain HTTP. */
class ZohoEmulatorTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-24T10:15:30Z"));

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.builder().clock(CLOCK).zohoRateLimit(10_000, Duration.ofMinutes(1)).build();

    // ---- OAuth ----------------------------------------------------------------------------------

    @Test
    void theRefreshTokenGrantGivesAnHourLongAccessTokenAndTheApiDomain() throws IOException {
        JsonNode granted = tokenReply(SandboxValues.ZOHO_CLIENT_SECRET, SandboxValues.ZOHO_REFRESH_TOKEN).json();
        assertThat(granted.path("expires_in").asInt()).isEqualTo(3600);
        assertThat(granted.path("api_domain").asText()).isEqualTo(sandbox.zoho().baseUrl());
        String token = granted.path("access_token").asText();

        assertThat(get("items", token).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(3599));
        assertThat(get("items", token).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(1));
        Reply expired = get("items", token);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().path("code").asInt()).isEqualTo(57);
    }

    @Test
    void aWrongClientSecretOrRefreshTokenIsAnOAuthErrorNotAToken() throws IOException {
        assertThat(tokenReply("wrong", SandboxValues.ZOHO_REFRESH_TOKEN).json().path("error").asText()).isEqualTo("invalid_client");
        assertThat(tokenReply(SandboxValues.ZOHO_CLIENT_SECRET, "wrong").json().path("error").asText()).isEqualTo("invalid_code");
        assertThat(tokenReply("wrong", "wrong").json().has("access_token")).isFalse();
    }

    @Test
    void everyCallNeedsATokenAndTheOrganisation() throws IOException {
        Reply noToken = Http.send("GET", api("items"), Map.of(), null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().path("code").asInt()).isEqualTo(57);

        Reply otherOrganisation = Http.send("GET", sandbox.zoho().baseUrl() + "/inventory/v1/items?organization_id=1",
                Map.of("Authorization", "Zoho-oauthtoken " + token()), null);
        assertThat(otherOrganisation.status()).isEqualTo(400);
        assertThat(otherOrganisation.json().path("code").asInt()).isEqualTo(2);
    }

    // ---- seeding and sales orders ------------------------------------------------------------------

    @Test
    void aTypedSalesOrderIsTotalledAsZohoWouldAndCarriesTheCustomersAddress() throws IOException {
        String customer = sandbox.zoho().seedCustomer(SeedCustomer.of("Ada Lovelace", "ada@example.com", "GBP",
                SandboxValues.AVS_MATCHING_UK_ADDRESS));
        String widget = sandbox.zoho().seedItem(SeedItem.of("Widget", "WID-1", "9.99", "100"));
        String gadget = sandbox.zoho().seedItem(SeedItem.of("Gadget", "GAD-7", "45.00", "100"));

        String id = sandbox.zoho().seedSalesOrder(SeedSalesOrder.builder(customer, "GBP")
                .line(widget, 2, "20").line(gadget, 1, "20").shippingCharge("4.95").build());

        JsonNode order = get("salesorders/" + id, token()).json().path("salesorder");
        // 2 × 9.99 + 45.00 = 64.98; VAT 12.996; + 4.95 shipping = 82.926 → 82.93 (HALF_EVEN, once).
        assertThat(order.path("sub_total").decimalValue()).isEqualByComparingTo("64.98");
        assertThat(order.path("tax_total").decimalValue()).isEqualByComparingTo("13.00");
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo("82.93");
        assertThat(order.path("status").asText()).isEqualTo("confirmed");
        assertThat(order.path("line_items")).hasSize(2);
        assertThat(order.path("line_items").get(0).path("rate").decimalValue()).isEqualByComparingTo("9.99");
        assertThat(order.path("billing_address").path("zip").asText()).isEqualTo("G41 2AA");
        assertThat(order.path("billing_address").path("address").asText()).isEqualTo("88 High Street");
        assertThat(order.path("shipping_address").path("country").asText()).isEqualTo("United Kingdom");
    }

    @Test
    void aDraftOrderIsNotConfirmedAndAnOrderMayShipElsewhere() throws IOException {
        String customer = sandbox.zoho().seedCustomer(SeedCustomer.of("Grace Hopper", null, "EUR", SandboxValues.UK_ADDRESS));
        String item = sandbox.zoho().seedItem(SeedItem.of("Sprocket", "SPR-3", "2.50", "10"));
        SeedAddress dublin = new SeedAddress("1 Grafton Street", "Dublin", null, "Ireland");

        String id = sandbox.zoho().seedSalesOrder(SeedSalesOrder.builder(customer, "EUR").line(item, 4, "0")
                .shippingAddress(dublin).draft().build());

        JsonNode order = sandbox.zoho().record("salesorders", id);
        assertThat(order.path("status").asText()).isEqualTo("draft");
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(order.path("shipping_address").path("city").asText()).isEqualTo("Dublin");
        assertThat(order.path("shipping_address").has("zip")).isFalse();
        assertThat(order.path("billing_address").path("zip").asText()).isEqualTo("SW1A 2AA");
    }

    @Test
    void salesOrdersPageByPerPageWithHasMorePage() throws IOException {
        String customer = sandbox.zoho().seedCustomer(SeedCustomer.of("Pager", null, "GBP", SandboxValues.UK_ADDRESS));
        String item = sandbox.zoho().seedItem(SeedItem.of("Page", "PAGE-1", "1.00", "100"));
        List<String> seeded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seeded.add(sandbox.zoho().seedSalesOrder(SeedSalesOrder.builder(customer, "GBP").line(item, 1, "20").build()));
        }
        String token = token();

        List<String> listed = new ArrayList<>();
        List<Boolean> more = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode reply = get("salesorders?customer_id=" + customer + "&per_page=2&page=" + page, token).json();
            reply.path("salesorders").forEach(order -> listed.add(order.path("salesorder_id").asText()));
            more.add(reply.path("page_context").path("has_more_page").asBoolean());
            assertThat(reply.path("page_context").path("page").asInt()).isEqualTo(page);
        }

        assertThat(listed).isEqualTo(seeded);
        assertThat(more).containsExactly(true, true, false);
    }

    @Test
    void anUnknownRecordIsCode1002() throws IOException {
        Reply missing = get("salesorders/1", token());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("code").asInt()).isEqualTo(1002);
    }

    // ---- invoices and payments ----------------------------------------------------------------------

    @Test
    void anInvoiceFromASalesOrderCarriesItsTotalAndAPaymentClearsIt() throws IOException {
        String customer = sandbox.zoho().seedCustomer(SeedCustomer.of("Payer", null, "GBP", SandboxValues.AVS_MATCHING_UK_ADDRESS));
        String item = sandbox.zoho().seedItem(SeedItem.of("Gizmo", "GIZ-9", "120.00", "10"));
        String orderId = sandbox.zoho().seedSalesOrder(SeedSalesOrder.builder(customer, "GBP").line(item, 1, "20").build());
        String token = token();

        Reply invoiced = post("invoices/fromsalesorder?salesorder_id=" + orderId, token, null);
        assertThat(invoiced.status()).isEqualTo(201);
        JsonNode invoice = invoiced.json().path("invoice");
        assertThat(invoice.path("total").decimalValue()).isEqualByComparingTo("144.00");
        assertThat(invoice.path("balance").decimalValue()).isEqualByComparingTo("144.00");
        assertThat(invoice.path("reference_number").asText()).isEqualTo(sandbox.zoho().record("salesorders", orderId).path("salesorder_number").asText());
        String invoiceId = invoice.path("invoice_id").asText();

        Reply tooMuch = post("customerpayments", token, payment(customer, invoiceId, new BigDecimal("144.01")));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().path("code").asInt()).isEqualTo(4);

        Reply paid = post("customerpayments", token, payment(customer, invoiceId, new BigDecimal("144.00")));
        assertThat(paid.status()).isEqualTo(201);
        assertThat(paid.json().path("payment").path("currency_code").asText()).isEqualTo("GBP");
        JsonNode after = get("invoices/" + invoiceId, token).json().path("invoice");
        assertThat(after.path("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(after.path("status").asText()).isEqualTo("paid");
        assertThat(sandbox.zoho().record("salesorders", orderId).path("paid_status").asText()).isEqualTo("paid");
    }

    @Test
    void theDocumentedCreateWithSalesOrderItemIdsLinksTheInvoiceToTheOrderWithItsReferenceAndAPaymentMarksTheOrderPaid()
            throws IOException {
        String customer = sandbox.zoho().seedCustomer(SeedCustomer.of("Linked", null, "GBP", SandboxValues.AVS_MATCHING_UK_ADDRESS));
        String item = sandbox.zoho().seedItem(SeedItem.of("Sprocket", "SPR-3", "50.00", "10"));
        String orderId = sandbox.zoho().seedSalesOrder(SeedSalesOrder.builder(customer, "GBP").line(item, 2, "20").build());
        JsonNode line = sandbox.zoho().record("salesorders", orderId).path("line_items").get(0);
        String token = token();

        Reply created = post("invoices", token, Map.of("customer_id", customer, "reference_number", "SO-REF-1", "date", "2026-11-24",
                "line_items", List.of(Map.of("item_id", item, "rate", new BigDecimal("50.00"), "quantity", 2,
                        "salesorder_item_id", line.path("line_item_id").asText()))));

        assertThat(created.status()).isEqualTo(201);
        JsonNode invoice = created.json().path("invoice");
        String invoiceId = invoice.path("invoice_id").asText();
        // 2 × 50.00 at the order line's 20% tax: the order's own total, so the order's payment can be applied in full.
        assertThat(invoice.path("total").decimalValue()).isEqualByComparingTo("120.00")
                .isEqualByComparingTo(sandbox.zoho().record("salesorders", orderId).path("total").decimalValue());
        assertThat(invoice.path("reference_number").asText()).isEqualTo("SO-REF-1");
        JsonNode order = get("salesorders/" + orderId, token).json().path("salesorder");
        assertThat(order.path("invoices")).singleElement().satisfies(listed -> assertThat(listed.path("invoice_id").asText())
                .isEqualTo(invoiceId));
        assertThat(order.path("invoiced_status").asText()).isEqualTo("invoiced");

        assertThat(post("customerpayments", token, payment(customer, invoiceId, new BigDecimal("120.00"))).status()).isEqualTo(201);
        assertThat(sandbox.zoho().record("salesorders", orderId).path("paid_status").asText()).isEqualTo("paid");
        assertThat(sandbox.zoho().record("salesorders", orderId).path("invoices").get(0).path("status").asText()).isEqualTo("paid");
    }

    @Test
    void theDocumentedCreateRefusesAnUnknownSalesOrderItemIdAndMissingRequiredFieldsWithCode4() throws IOException {
        String customer = sandbox.zoho().seedCustomer(SeedCustomer.of("Strict", null, "GBP", SandboxValues.AVS_MATCHING_UK_ADDRESS));
        String item = sandbox.zoho().seedItem(SeedItem.of("Cog", "COG-1", "5.00", "10"));
        String token = token();
        int before = sandbox.zoho().records("invoices").size();

        Reply unknownLine = post("invoices", token, Map.of("customer_id", customer, "line_items",
                List.of(Map.of("item_id", item, "rate", BigDecimal.ONE, "quantity", 1, "salesorder_item_id", "999999999"))));
        Reply noCustomer = post("invoices", token, Map.of("line_items", List.of(Map.of("item_id", item, "quantity", 1))));
        Reply noLines = post("invoices", token, Map.of("customer_id", customer));

        assertThat(List.of(unknownLine, noCustomer, noLines)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().path("code").asInt()).isEqualTo(4);
        });
        assertThat(unknownLine.json().path("message").asText()).contains("salesorder_item_id");
        assertThat(noCustomer.json().path("message").asText()).contains("customer_id");
        assertThat(noLines.json().path("message").asText()).contains("line_items");
        assertThat(sandbox.zoho().records("invoices")).hasSize(before);
    }

    // ---- rate limit -------------------------------------------------------------------------------------

    @Test
    void beyondTheAllowanceCallsAreRefusedWithCode44() throws IOException {
        String token = token();
        int before = sandbox.zoho().rateLimitedCalls();
        sandbox.zoho().rateLimit(2, Duration.ofMinutes(1));
        try {
            assertThat(get("items", token).status()).isEqualTo(200);
            assertThat(get("items", token).status()).isEqualTo(200);
            Reply refused = get("items", token);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().path("code").asInt()).isEqualTo(44);
            assertThat(sandbox.zoho().rateLimitedCalls()).isEqualTo(before + 1);
        } finally {
            sandbox.zoho().rateLimit(10_000, Duration.ofMinutes(1));
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static Reply tokenReply(String secret, String refreshToken) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", SandboxValues.ZOHO_CLIENT_ID);
        form.put("client_secret", secret);
        form.put("refresh_token", refreshToken);
        return Http.send("POST", sandbox.zoho().baseUrl() + "/oauth/v2/token",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), Http.form(form));
    }

    private static String token() throws IOException {
        return tokenReply(SandboxValues.ZOHO_CLIENT_SECRET, SandboxValues.ZOHO_REFRESH_TOKEN).json().path("access_token").asText();
    }

    private static String api(String path) {
        return sandbox.zoho().baseUrl() + "/inventory/v1/" + path + (path.contains("?") ? "&" : "?")
                + "organization_id=" + SandboxValues.ZOHO_ORGANIZATION_ID;
    }

    private static Reply get(String path, String token) throws IOException {
        return Http.send("GET", api(path), Map.of("Authorization", "Zoho-oauthtoken " + token), null);
    }

    private static Reply post(String path, String token, Object body) throws IOException {
        Map<String, String> auth = Map.of("Authorization", "Zoho-oauthtoken " + token);
        return body == null ? Http.send("POST", api(path), auth, null) : Http.postJson(api(path), auth, body);
    }

    private static Map<String, Object> payment(String customer, String invoiceId, BigDecimal amount) {
        return Map.of("customer_id", customer, "payment_mode", "creditcard", "amount", amount, "date", "2026-11-24",
                "invoices", List.of(Map.of("invoice_id", invoiceId, "amount_applied", amount)));
    }
}
