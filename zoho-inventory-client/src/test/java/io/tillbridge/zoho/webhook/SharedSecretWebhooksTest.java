package io.tillbridge.zoho.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    @ParameterizedTest(name = "{0}")
    @EnumSource(ZohoWebhooks.Mode.class)
    void theSizeIsCheckedBeforeAnythingIsHashed(ZohoWebhooks.Mode mode) {
        // Every proof needs the secret (the HMAC key, or the value compared); a source that fails when read shows
        // that an oversized body is refused before any hashing starts.
        AtomicInteger reads = new AtomicInteger();
        ZohoWebhooks hooks = new ZohoWebhooks(() -> {
            reads.incrementAndGet();
            throw new AssertionError("the secret was read for an oversized body");
        }, "X-Sig", mode);
        byte[] huge = new byte[1024 * 1024 + 1];
        Map<String, String> proof = Map.of("X-Sig", "00".repeat(32));
        assertThatThrownBy(() -> hooks.parse(huge, proof, proof, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("body: is larger than");
        assertThat(hooks.verify(huge, "00".repeat(32))).isFalse();
        assertThat(reads).hasValue(0);
        // The same source is read for a body within the limit, so the check above is not vacuous.
        byte[] small = "{}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> hooks.verify(small, "00".repeat(32))).isInstanceOf(AssertionError.class);
        assertThat(reads).hasValue(1);
    }

    @Test
    void settingsAreNamed() {
        assertThatThrownBy(() -> ZohoWebhooks.sharedSecretInHeader(null, "h")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("secret");
        assertThatThrownBy(() -> ZohoWebhooks.sharedSecretInQuery(SECRET, " ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("parameter");
    }
}
