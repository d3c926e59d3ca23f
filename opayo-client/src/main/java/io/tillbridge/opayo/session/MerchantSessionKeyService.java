package io.tillbridge.opayo.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.client.auth.Authentication;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.internal.json.Json;
import io.tillbridge.opayo.internal.PiResponses;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Creates and checks merchant session keys. Obtain it from {@code OpayoClient.merchantSessionKeys()}. */
public final class MerchantSessionKeyService {

    private final HttpTransport transport;
    private final Authentication authentication;
    private final String vendorName;

    /**
     * Creates the service; {@link io.tillbridge.opayo.OpayoClient} builds it, hosts normally do not.
     *
     * @param transport      the Pi transport
     * @param authentication the integration key and password
     * @param vendorName     the Opayo vendor name
     */
    public MerchantSessionKeyService(HttpTransport transport, Authentication authentication, String vendorName) {
        this.transport = transport;
        this.authentication = authentication;
        this.vendorName = vendorName;
    }

    /**
     * A new key for the configured vendor. Safe to retry: an unused key costs nothing.
     *
     * @return the key
     */
    public MerchantSessionKey create() {
        String body = Json.mapper().createObjectNode().put("vendorName", vendorName).toString();
        HttpResult result = transport.send(Call.post("/merchant-session-keys", Call.RetryMode.SAFE)
                .header("Authorization", authentication.credential().reveal()).jsonBody(body).operation("merchantSessionKeys.create").build());
        return parse(result);
    }

    /**
     * The key's state, or empty when Opayo no longer knows it (expired or used up).
     *
     * @param key the key to check
     * @return the key's state, or empty
     */
    public Optional<MerchantSessionKey> validate(Secret key) {
        HttpResult result = transport.send(Call.get("/merchant-session-keys/" + URLEncoder.encode(key.reveal(), StandardCharsets.UTF_8))
                .header("Authorization", authentication.credential().reveal()).operation("merchantSessionKeys.validate")
                .logPath("/merchant-session-keys/***").build());
        if (result.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(parse(result));
    }

    private static MerchantSessionKey parse(HttpResult result) {
        if (!result.isSuccess()) {
            throw PiResponses.failure(result);
        }
        JsonNode body = PiResponses.json(result).orElse(null);
        String key = PiResponses.text(body, "merchantSessionKey");
        String expiry = PiResponses.text(body, "expiry");
        if (key == null || expiry == null) {
            throw new ApiException("Opayo", result.status(), List.of(), "merchant session key answer lacks merchantSessionKey or expiry",
                    result.requestId());
        }
        return new MerchantSessionKey(Secret.of(key), OffsetDateTime.parse(expiry));
    }
}
