package io.tillbridge.runner.poll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.client.Secret;
import io.tillbridge.runner.WorkFinder;
import io.tillbridge.sandbox.MutableClock;
import io.tillbridge.sandbox.SandboxDay;
import io.tillbridge.sandbox.SandboxValues;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import io.tillbridge.zoho.ZohoEnvironment;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.CreditNote;
import io.tillbridge.zoho.model.Inputs;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credit notes to refund, found by polling the emulated Zoho: open ones with a balance, each once. */
class ZohoCreditNoteFinderTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
    private ZohoEmulator zohoEmulator;
    private ZohoInventoryClient zoho;
    private List<String> orders;

    @BeforeEach
    void start() {
        zohoEmulator = SandboxValues.zohoEmulator(clock).start();
        orders = SandboxDay.seed(zohoEmulator, 3, 1).salesOrders();
        zoho = ZohoInventoryClient.builder()
                .environment(ZohoEnvironment.custom(URI.create(zohoEmulator.baseUrl()), URI.create(zohoEmulator.baseUrl())))
                .organizationId(SandboxValues.ZOHO_ORGANIZATION_ID)
                .refreshToken(SandboxValues.ZOHO_CLIENT_ID, Secret.of(SandboxValues.ZOHO_CLIENT_SECRET),
                        Secret.of(SandboxValues.ZOHO_REFRESH_TOKEN))
                .clock(clock).build();
    }

    @AfterEach
    void stop() {
        zoho.close();
        zohoEmulator.close();
    }

    private CreditNote creditNoteFor(String salesOrderId) {
        String invoiceId = zoho.invoices().fromSalesOrder(salesOrderId).invoiceId();
        JsonNode order = zohoEmulator.record("salesorders", salesOrderId);
        JsonNode line = order.path("line_items").get(0);
        return zoho.creditNotes().createForInvoice(new Inputs.CreditNoteInput(order.path("customer_id").asText(),
                LocalDate.now(clock), null, "Return of " + order.path("salesorder_number").asText(),
                List.of(new Inputs.CreditNoteLineInput(line.path("item_id").asText(), line.path("name").asText(), null,
                        line.path("rate").decimalValue(), BigDecimal.ONE, null, null, null, null)), null), invoiceId);
    }

    @Test
    void anOpenCreditNoteIsFoundOnceAndOneRefundedInZohoIsNot() {
        ZohoCreditNoteFinder finder = new ZohoCreditNoteFinder(zoho, clock, Duration.ofDays(1));
        CreditNote first = creditNoteFor(orders.get(0));

        WorkFinder.Batch batch = finder.find(Optional.empty());
        assertThat(batch.subjects()).containsExactly(first.creditnoteId());
        WorkFinder.Batch again = finder.find(Optional.of(batch.nextPosition()));
        assertThat(again.subjects()).as("nothing changed since").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        CreditNote second = creditNoteFor(orders.get(1));
        CreditNote third = creditNoteFor(orders.get(2));
        // The third is refunded in Zoho by hand: changed, but closed, so not a refund to make.
        zoho.creditNotes().refund(third.creditnoteId(), new Inputs.CreditNoteRefundInput(LocalDate.now(clock), "cash", "by hand",
                third.total(), "refunded at the till", null));
        WorkFinder.Batch later = finder.find(Optional.of(again.nextPosition()));
        assertThat(later.subjects()).containsExactly(second.creditnoteId());
    }

    @Test
    void aHostRuleDecidesWhichOpenNotesAreRefunds() {
        creditNoteFor(orders.get(0));
        ZohoCreditNoteFinder keepsCredit = new ZohoCreditNoteFinder(zoho, clock, Duration.ofDays(1), note -> false);
        assertThat(keepsCredit.find(Optional.empty()).subjects()).isEmpty();
    }
}
