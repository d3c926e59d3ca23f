package io.tillbridge.zoho.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Zoho Inventory does not sign bodies: the shared secret travels in a header or query parameter the merchant configured. */
class SharedSecretWebhooksTest {

    private static final Secret SECRET = Secret.of("wh-7Kq2-shared-secret");
    private final byte[] body = "{\"salesorder\":{\"salesorder_id\":\"1\",\"salesorder_number\":\"SO-1\"}}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSecretInACustomHeader() {
        ZohoWebhooks hooks = ZohoWebhooks.sharedSecretInHeader(SECRET, "X-Tillbridge-Token");
        assertThat(hooks.parse(body, Map.of("x-tillbridge-token", SECRET.reveal()), "salesorder.created"))
                .isInstanceOf(WebhookEvent.SalesOrderEvent.class);
        assertThatThrownBy(() -> hooks.parse(body, Map.of("X-Tillbridge-Token", "wrong"), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("X-Tillbridge-Token: does not match");
        assertThatThrownBy(() -> hooks.parse(body, Map.of(), null)).hasMessageContaining("is missing");
    }

    @Test
    void aSecretInAQueryParameter() {
        ZohoWebhooks hooks = ZohoWebhooks.sharedSecretInQuery(SECRET, "token");
        assertThat(hooks.parse(body, Map.of(), Map.of("token", SECRET.reveal()), null)).isInstanceOf(WebhookEvent.SalesOrderEvent.class);
        assertThatThrownBy(() -> hooks.parse(body, Map.of("token", SECRET.reveal()), Map.of(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("token: is missing");
        assertThatThrownBy(() -> hooks.parse(body, Map.of(), Map.of("token", SECRET.reveal() + "x"), null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theSizeIsCheckedBeforeAnythingIsHashed() {
        ZohoWebhooks hmac = ZohoWebhooks.hmacInHeader(SECRET, "X-Sig");
        byte[] huge = new byte[1024 * 1024 + 1];
        assertThatThrownBy(() -> hmac.parse(huge, Map.of("X-Sig", "00"), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("body: is larger than");
        assertThat(hmac.verify(huge, hmac.sign(new byte[0]))).isFalse();
    }

    @Test
    void settingsAreNamed() {
        assertThatThrownBy(() -> ZohoWebhooks.sharedSecretInHeader(null, "h")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("secret");
        assertThatThrownBy(() -> ZohoWebhooks.sharedSecretInQuery(SECRET, " ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("parameter");
    }
}
