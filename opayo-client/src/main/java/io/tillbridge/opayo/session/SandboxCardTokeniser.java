package io.tillbridge.opayo.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.internal.json.Json;
import io.tillbridge.client.internal.validation.RequestValidator;
import io.tillbridge.opayo.OpayoEnvironment;
import io.tillbridge.opayo.internal.PiResponses;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * SANDBOX AND TESTS ONLY: turns a test card into an Opayo card identifier from the server side.
 * In production the shopper's browser does this with Opayo's hosted fields so that card numbers never
 * touch the merchant's servers (PCI DSS). The client refuses to create this tokeniser for any host but
 * Opayo's sandbox and this machine. Uses {@code Authorization: Bearer <merchant session key>} (reference: opayo.md §1.4).
 */
public final class SandboxCardTokeniser {

    private final HttpTransport transport;
    private final RequestValidator validator = new RequestValidator();

    /**
     * Creates the tokeniser; refuses an environment that does not accept test cards.
     *
     * @param transport   the Pi transport
     * @param environment the environment, checked with {@link OpayoEnvironment#acceptsTestCards()}
     * @throws IllegalStateException for an environment that does not accept test cards
     */
    public SandboxCardTokeniser(HttpTransport transport, OpayoEnvironment environment) {
        if (!environment.acceptsTestCards()) {
            throw new IllegalStateException("the sandbox card tokeniser is for the sandbox and tests only; "
                    + environment.piBaseUrl().getHost() + " is neither Opayo's sandbox nor this machine");
        }
        this.transport = transport;
    }

    /**
     * A card identifier for a test card.
     *
     * @param key  a fresh merchant session key
     * @param card the test card
     * @return the identifier (a credential) and the card type Opayo detected
     */
    public CardIdentifier create(MerchantSessionKey key, SandboxCard card) {
        validator.validate(card);
        ObjectNode body = Json.mapper().createObjectNode();
        ObjectNode details = body.putObject("cardDetails");
        details.put("cardholderName", card.cardholderName());
        details.put("cardNumber", card.cardNumber());
        details.put("expiryDate", card.expiryDate());
        if (card.securityCode() != null) {
            details.put("securityCode", card.securityCode());
        }
        // Not retried: each failed attempt uses up one of the session key's three tries.
        HttpResult result = transport.send(Call.post("/card-identifiers", Call.RetryMode.UNSAFE)
                .header("Authorization", "Bearer " + key.key().reveal()).jsonBody(body.toString())
                .operation("cardIdentifiers.create").build());
        if (!result.isSuccess()) {
            throw PiResponses.failure(result);
        }
        JsonNode answer = PiResponses.json(result).orElse(null);
        String identifier = PiResponses.text(answer, "cardIdentifier");
        if (identifier == null) {
            throw new ApiException("Opayo", result.status(), List.of(), "card identifier answer lacks cardIdentifier", result.requestId());
        }
        return new CardIdentifier(Secret.of(identifier), PiResponses.text(answer, "cardType"),
                expiry(PiResponses.text(answer, "expiry")));
    }

    /**
     * Links a fresh security code to a reusable identifier (204 No Content).
     *
     * @param key            a fresh merchant session key
     * @param cardIdentifier the reusable identifier
     * @param securityCode   the test card's security code
     */
    public void linkSecurityCode(MerchantSessionKey key, Secret cardIdentifier, String securityCode) {
        if (securityCode == null || !securityCode.matches("\\d{3,4}")) {
            throw new ValidationException("securityCode", "must be 3 or 4 digits");
        }
        String body = Json.mapper().createObjectNode().put("securityCode", securityCode).toString();
        HttpResult result = transport.send(Call.post("/card-identifiers/" + URLEncoder.encode(cardIdentifier.reveal(),
                        StandardCharsets.UTF_8) + "/security-code", Call.RetryMode.UNSAFE)
                .header("Authorization", "Bearer " + key.key().reveal()).jsonBody(body).operation("cardIdentifiers.securityCode")
                .logPath("/card-identifiers/***/security-code").build());
        if (!result.isSuccess()) {
            throw PiResponses.failure(result);
        }
    }

    /**
     * A card identifier.
     *
     * @param identifier the identifier, a credential
     * @param cardType   for example {@code Visa}
     * @param expiry     when the identifier stops working (about 400 s after creation); null when Opayo
     *                   sent none this client can read
     */
    public record CardIdentifier(Secret identifier, String cardType, java.time.OffsetDateTime expiry) {

        /**
         * An identifier whose expiry is not known.
         *
         * @param identifier the card identifier
         * @param cardType   the card type Opayo detected
         */
        public CardIdentifier(Secret identifier, String cardType) {
            this(identifier, cardType, null);
        }
    }

    private static java.time.OffsetDateTime expiry(String text) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // the identifier is usable; only its expiry is unknown
        }
    }
}
