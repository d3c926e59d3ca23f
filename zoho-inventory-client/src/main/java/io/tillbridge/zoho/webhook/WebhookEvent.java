package io.tillbridge.zoho.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.zoho.model.Contact;
import io.tillbridge.zoho.model.Invoice;
import io.tillbridge.zoho.model.Item;
import io.tillbridge.zoho.model.SalesOrder;

/** A verified Zoho webhook, typed by the entity it carries. */
public sealed interface WebhookEvent permits WebhookEvent.SalesOrderEvent, WebhookEvent.ItemEvent,
        WebhookEvent.ContactEvent, WebhookEvent.InvoiceEvent, WebhookEvent.OtherEvent {

    /**
     * The event name the webhook was configured to send (for example {@code salesorder.confirmed}); may be null.
     *
     * @return the event name, or null
     */
    String event();

    /** A sales order was created, confirmed, updated… */
    record SalesOrderEvent(String event, SalesOrder salesOrder) implements WebhookEvent {
    }

    /** An item changed (stock, price…). */
    record ItemEvent(String event, Item item) implements WebhookEvent {
    }

    /** A contact changed. */
    record ContactEvent(String event, Contact contact) implements WebhookEvent {
    }

    /** An invoice changed. */
    record InvoiceEvent(String event, Invoice invoice) implements WebhookEvent {
    }

    /** Another entity, kept as JSON. */
    record OtherEvent(String event, String entity, JsonNode payload) implements WebhookEvent {
    }
}
