package io.tillbridge.zoho.webhook;

import static io.tillbridge.zoho.ZohoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZohoWebhooksTest {

    private final ZohoWebhooks webhooks = new ZohoWebhooks(Secret.of("shared-webhook-secret"), "X-Zoho-Webhook-Signature");
    private final byte[] body = fixture("salesorder.json").replaceFirst("\"code\": 0,\\s*\"message\": \"success\",", "")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void verifiesHexAndBase64SignaturesOverTheRawBody() {
        String hex = webhooks.sign(body);
        assertThat(hex).hasSize(64);
        assertThat(webhooks.verify(body, hex)).isTrue();
        assertThat(webhooks.verify(body, hex.toUpperCase())).isTrue();
        assertThat(webhooks.verify(body, "sha256=" + hex)).isTrue();
        assertThat(webhooks.verify(body, Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex)))).isTrue();
        byte[] tampered = body.clone();
        tampered[10] ^= 1;
        assertThat(webhooks.verify(tampered, hex)).isFalse();
        assertThat(webhooks.verify(body, "not-a-signature!")).isFalse();
        assertThat(webhooks.verify(body, null)).isFalse();
        assertThat(new ZohoWebhooks(Secret.of("other"), "h").verify(body, hex)).isFalse();
    }

    @Test
    void parsesTypedEventsAfterVerifying() {
        WebhookEvent event = webhooks.parse(body, Map.of("x-zoho-webhook-signature", webhooks.sign(body)), "salesorder.confirmed");
        assertThat(event).isInstanceOf(WebhookEvent.SalesOrderEvent.class);
        WebhookEvent.SalesOrderEvent order = (WebhookEvent.SalesOrderEvent) event;
        assertThat(order.event()).isEqualTo("salesorder.confirmed");
        assertThat(order.salesOrder().salesorderNumber()).isEqualTo("SO-00042");

        byte[] item = "{\"item\":{\"item_id\":\"1\",\"stock_on_hand\":3}}".getBytes(StandardCharsets.UTF_8);
        assertThat(webhooks.parse(item, Map.of("X-Zoho-Webhook-Signature", webhooks.sign(item)), null))
                .isInstanceOf(WebhookEvent.ItemEvent.class);
        byte[] contact = "{\"contact\":{\"contact_id\":\"1\"}}".getBytes(StandardCharsets.UTF_8);
        assertThat(webhooks.parse(contact, Map.of("X-Zoho-Webhook-Signature", webhooks.sign(contact)), null))
                .isInstanceOf(WebhookEvent.ContactEvent.class);
        byte[] invoice = "{\"invoice\":{\"invoice_id\":\"1\"}}".getBytes(StandardCharsets.UTF_8);
        assertThat(webhooks.parse(invoice, Map.of("X-Zoho-Webhook-Signature", webhooks.sign(invoice)), null))
                .isInstanceOf(WebhookEvent.InvoiceEvent.class);
        byte[] other = "{\"package\":{\"package_id\":\"1\"}}".getBytes(StandardCharsets.UTF_8);
        WebhookEvent.OtherEvent otherEvent = (WebhookEvent.OtherEvent) webhooks.parse(other,
                Map.of("X-Zoho-Webhook-Signature", webhooks.sign(other)), "package.shipped");
        assertThat(otherEvent.entity()).isEqualTo("package");
        assertThat(webhooks.signatureHeader()).isEqualTo("X-Zoho-Webhook-Signature");
    }

    @Test
    void refusesUnsignedOrBrokenPayloads() {
        assertThatThrownBy(() -> webhooks.parse(body, Map.of(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("X-Zoho-Webhook-Signature: is missing");
        assertThatThrownBy(() -> webhooks.parse(body, Map.of("X-Zoho-Webhook-Signature", "00".repeat(32)), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("does not match");
        byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> webhooks.parse(notJson, Map.of("X-Zoho-Webhook-Signature", webhooks.sign(notJson)), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not JSON");
        byte[] array = "[1]".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> webhooks.parse(array, Map.of("X-Zoho-Webhook-Signature", webhooks.sign(array)), null))
                .isInstanceOf(ValidationException.class);
    }
}
