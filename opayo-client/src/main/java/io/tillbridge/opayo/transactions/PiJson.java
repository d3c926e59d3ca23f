package io.tillbridge.opayo.transactions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.client.Secret;
import io.tillbridge.client.internal.json.Json;
import io.tillbridge.opayo.internal.PiResponses;
import io.tillbridge.opayo.UnusableAnswerException;
import java.util.List;

/** Writes Pi request bodies and reads Pi transactions (reference: opayo.md §1.5–1.7). */
final class PiJson {

    private PiJson() {
    }

    static ObjectNode payment(String transactionType, PaymentRequest r) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("transactionType", transactionType);
        ObjectNode card = body.putObject("paymentMethod").putObject("card");
        if (r.card().merchantSessionKey() != null) {
            card.put("merchantSessionKey", r.card().merchantSessionKey().reveal());
        }
        card.put("cardIdentifier", r.card().cardIdentifier().reveal());
        card.put("save", r.card().save());
        if (r.card().reusable()) {
            card.put("reusable", true);
        }
        body.put("vendorTxCode", r.vendorTxCode());
        body.put("amount", r.amount());
        body.put("currency", r.currency());
        body.put("description", r.description());
        body.put("customerFirstName", r.customerFirstName());
        body.put("customerLastName", r.customerLastName());
        BillingAddress a = r.billingAddress();
        ObjectNode billing = body.putObject("billingAddress");
        put(billing, "address1", a.address1());
        put(billing, "address2", a.address2());
        put(billing, "city", a.city());
        put(billing, "postalCode", a.postalCode());
        put(billing, "country", a.country());
        put(billing, "state", a.state());
        put(body, "customerEmail", r.customerEmail());
        put(body, "customerPhone", r.customerPhone());
        shipping(body, r.shippingDetails());
        put(body, "entryMethod", r.entryMethod() == null ? null : r.entryMethod().name());
        put(body, "apply3DSecure", r.apply3DSecure() == null ? null : r.apply3DSecure().name());
        put(body, "applyAvsCvcCheck", r.applyAvsCvcCheck() == null ? null : r.applyAvsCvcCheck().name());
        if (r.giftAid()) {
            body.put("giftAid", true);
        }
        StrongCustomerAuthentication sca = r.strongCustomerAuthentication();
        if (sca != null) {
            ObjectNode node = body.putObject("strongCustomerAuthentication");
            node.put("notificationURL", sca.notificationURL());
            node.put("browserIP", sca.browserIP());
            node.put("browserAcceptHeader", sca.browserAcceptHeader());
            node.put("browserJavascriptEnabled", sca.browserJavascriptEnabled());
            node.put("browserLanguage", sca.browserLanguage());
            node.put("browserUserAgent", sca.browserUserAgent());
            node.put("challengeWindowSize", sca.challengeWindowSize().name());
            node.put("transType", sca.transType());
            if (sca.browserJavaEnabled() != null) {
                node.put("browserJavaEnabled", sca.browserJavaEnabled());
            }
            // Opayo's enumeration for the colour depth is of strings ("24"); screen sizes are integers.
            put(node, "browserColorDepth", sca.browserColorDepth() == null ? null : sca.browserColorDepth().toString());
            if (sca.browserScreenHeight() != null) {
                node.put("browserScreenHeight", sca.browserScreenHeight());
            }
            if (sca.browserScreenWidth() != null) {
                node.put("browserScreenWidth", sca.browserScreenWidth());
            }
            put(node, "browserTZ", sca.browserTZ());
            put(node, "acctID", sca.acctID());
            object(node, "threeDSRequestorAuthenticationInfo", sca.threeDSRequestorAuthenticationInfo());
            object(node, "threeDSRequestorPriorAuthenticationInfo", sca.threeDSRequestorPriorAuthenticationInfo());
            object(node, "acctInfo", sca.acctInfo());
            object(node, "merchantRiskIndicator", sca.merchantRiskIndicator());
            put(node, "threeDSExemptionIndicator", sca.threeDSExemptionIndicator());
            put(node, "website", sca.website());
        }
        credentialType(body, r.credentialType());
        put(body, "referrerId", r.referrerId());
        put(body, "settlementReferenceText", r.settlementReferenceText());
        return body;
    }

    static ObjectNode repeat(RepeatRequest r) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("transactionType", "Repeat");
        body.put("referenceTransactionId", r.referenceTransactionId());
        body.put("vendorTxCode", r.vendorTxCode());
        body.put("amount", r.amount());
        body.put("currency", r.currency());
        body.put("description", r.description());
        shipping(body, r.shippingDetails());
        if (r.giftAid()) {
            body.put("giftAid", true);
        }
        credentialType(body, r.credentialType());
        return body;
    }

    static ObjectNode referenced(String transactionType, String referenceTransactionId, String vendorTxCode, long amount,
                                 String description) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("transactionType", transactionType);
        body.put("referenceTransactionId", referenceTransactionId);
        body.put("vendorTxCode", vendorTxCode);
        body.put("amount", amount);
        body.put("description", description);
        return body;
    }

    private static void shipping(ObjectNode body, ShippingDetails s) {
        if (s != null) {
            ObjectNode shipping = body.putObject("shippingDetails");
            put(shipping, "recipientFirstName", s.recipientFirstName());
            put(shipping, "recipientLastName", s.recipientLastName());
            put(shipping, "shippingAddress1", s.shippingAddress1());
            put(shipping, "shippingAddress2", s.shippingAddress2());
            put(shipping, "shippingCity", s.shippingCity());
            put(shipping, "shippingPostalCode", s.shippingPostalCode());
            put(shipping, "shippingCountry", s.shippingCountry());
            put(shipping, "shippingState", s.shippingState());
        }
    }

    private static void credentialType(ObjectNode body, CredentialType c) {
        if (c != null) {
            ObjectNode node = body.putObject("credentialType");
            node.put("cofUsage", c.cofUsage().name());
            node.put("initiatedType", c.initiatedType().name());
            put(node, "mitType", c.mitType() == null ? null : c.mitType().name());
            put(node, "recurringExpiry", c.recurringExpiry());
            put(node, "recurringFrequency", c.recurringFrequency());
        }
    }

    private static void object(ObjectNode node, String field, java.util.Map<String, Object> value) {
        if (value != null) {
            node.set(field, Json.mapper().valueToTree(value));
        }
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /**
     * Reads a transaction object; lenient about numbers sent as strings and the other way round, strict
     * about the shape: an array, {@code null}, an object without a textual {@code transactionId} or with
     * a field of the wrong kind is refused rather than read as a transaction full of nulls.
     *
     * @throws UnusableAnswerException when the body is not a transaction object
     */
    static Transaction transaction(JsonNode body) {
        requireTransaction(body);
        JsonNode avs = body.has("avsCvcCheck") ? body.get("avsCvcCheck") : body.get("avsCvsCheck");
        JsonNode card = body.path("paymentMethod").path("card");
        JsonNode amount = body.path("amount");
        String identifier = PiResponses.text(card, "cardIdentifier");
        // Whatever is not read into a component is kept: Opayo adds fields (fiRecipient, additionalDeclineDetail, …).
        java.util.Map<String, Object> other = new java.util.LinkedHashMap<>();
        unread(body, TRANSACTION_READ, "", other);
        unread(body.path("paymentMethod"), java.util.Set.of("card"), "paymentMethod.", other);
        if (amount.isObject()) {
            unread(amount, java.util.Set.of("totalAmount", "saleAmount", "surchargeAmount"), "amount.", other);
        }
        unread(body.path("3DSecure"), java.util.Set.of("status"), "3DSecure.", other);
        return new Transaction(
                PiResponses.text(body, "transactionId"),
                PiResponses.text(body, "transactionType"),
                PiResponses.text(body, "status"),
                PiResponses.text(body, "statusCode"),
                PiResponses.text(body, "statusDetail"),
                PiResponses.text(body, "retrievalReference"),
                PiResponses.text(body, "bankResponseCode"),
                PiResponses.text(body, "bankAuthorisationCode"),
                avs == null || avs.isNull() ? null : new Transaction.AvsCvcCheck(PiResponses.text(avs, "status"),
                        PiResponses.text(avs, "address"), PiResponses.text(avs, "postalCode"), PiResponses.text(avs, "securityCode"),
                        unread(avs, java.util.Set.of("status", "address", "postalCode", "securityCode"), "", new java.util.LinkedHashMap<>())),
                card.isMissingNode() ? null : new Transaction.Card(PiResponses.text(card, "cardType"),
                        PiResponses.text(card, "lastFourDigits"), PiResponses.text(card, "expiryDate"),
                        identifier == null ? null : Secret.of(identifier), card.path("reusable").asBoolean(false),
                        unread(card, java.util.Set.of("cardType", "lastFourDigits", "expiryDate", "cardIdentifier", "reusable"), "",
                                new java.util.LinkedHashMap<>())),
                amount.isObject() ? PiResponses.number(amount, "totalAmount") : PiResponses.number(body, "amount"),
                PiResponses.number(amount, "saleAmount"),
                PiResponses.number(amount, "surchargeAmount"),
                PiResponses.text(body, "currency"),
                PiResponses.text(body.path("3DSecure"), "status"),
                other);
    }

    /** The top-level fields {@link #transaction} reads (or, for the objects, reads into); the rest is kept. */
    private static final java.util.Set<String> TRANSACTION_READ = java.util.Set.of("transactionId", "transactionType", "status",
            "statusCode", "statusDetail", "retrievalReference", "bankResponseCode", "bankAuthorisationCode", "avsCvcCheck",
            "avsCvsCheck", "paymentMethod", "amount", "currency", "3DSecure");

    /** Adds each member of {@code node} not in {@code read} to {@code into}, named {@code prefix + name}, as plain Java values. */
    private static java.util.Map<String, Object> unread(JsonNode node, java.util.Set<String> read, String prefix,
                                                        java.util.Map<String, Object> into) {
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (!read.contains(field.getKey())) {
                    into.put(prefix + field.getKey(), Json.mapper().convertValue(field.getValue(), Object.class));
                }
            });
        }
        return into;
    }

    private static void requireTransaction(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw unusable("the answer is " + (body == null ? "empty" : body.getNodeType().name().toLowerCase(java.util.Locale.ROOT))
                    + ", not a transaction object");
        }
        JsonNode id = body.get("transactionId");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw unusable("the transaction has no transactionId");
        }
        for (String field : List.of("transactionType", "status", "statusCode", "statusDetail", "currency")) {
            JsonNode value = body.get(field);
            if (value != null && !value.isNull() && !value.isValueNode()) {
                throw unusable("the transaction's " + field + " is not a value");
            }
        }
        for (String field : List.of("paymentMethod", "3DSecure", "avsCvcCheck")) {
            JsonNode value = body.get(field);
            if (value != null && !value.isNull() && !value.isObject()) {
                throw unusable("the transaction's " + field + " is not an object");
            }
        }
        JsonNode amount = body.get("amount");
        if (amount != null && !amount.isNull() && !amount.isObject() && !amount.isNumber()) {
            throw unusable("the transaction's amount is neither an object nor a number");
        }
    }

    private static UnusableAnswerException unusable(String message) {
        return new UnusableAnswerException("Opayo", 200, message, null);
    }

    /**
     * Decides the outcome from the HTTP status and the body (reference: opayo.md §1.6).
     *
     * @throws UnusableAnswerException when a transaction answer lacks its id or has the wrong shape:
     *         an {@code Ok} without an id is not a success the caller can record
     */
    static TransactionOutcome outcome(int httpStatus, JsonNode body) {
        String status = PiResponses.text(body, "status");
        String statusCode = PiResponses.text(body, "statusCode");
        if (httpStatus == 202 || "3DAuth".equalsIgnoreCase(status)) {
            boolean v2 = "2021".equals(statusCode) || body.has("cReq");
            if (PiResponses.text(body, "transactionId") == null) {
                throw unusable("the 3-D Secure answer has no transactionId to complete it with");
            }
            return new TransactionOutcome.ChallengeRequired(PiResponses.text(body, "transactionId"),
                    v2 ? TransactionOutcome.ChallengeRequired.Version.V2 : TransactionOutcome.ChallengeRequired.Version.V1,
                    PiResponses.text(body, "acsUrl"), PiResponses.text(body, "paReq"), PiResponses.text(body, "cReq"),
                    PiResponses.text(body, "statusDetail"));
        }
        Transaction transaction = transaction(body);
        if ("Ok".equalsIgnoreCase(status)) {
            // Ok is also the answer to an instruction, each with its own code; only 0000 is an authorisation.
            switch (statusCode == null ? "" : statusCode) {
                case "0000":
                    return new TransactionOutcome.Authorised(transaction);
                case "2004":
                    return new TransactionOutcome.Released(transaction);
                case "2005":
                    return new TransactionOutcome.Voided(transaction);
                case "2006":
                    return new TransactionOutcome.Aborted(transaction);
                case "2012":
                    return new TransactionOutcome.Cancelled(transaction);
                default:
                    break;
            }
        }
        if ("NotAuthed".equalsIgnoreCase(status)) {
            return new TransactionOutcome.Declined(transaction);
        }
        if ("Rejected".equalsIgnoreCase(status)) {
            return new TransactionOutcome.Rejected(transaction);
        }
        if ("Registered".equalsIgnoreCase(status)) {
            return new TransactionOutcome.Registered(transaction);
        }
        if ("Authenticated".equalsIgnoreCase(status)) {
            return new TransactionOutcome.Authenticated(transaction);
        }
        return new TransactionOutcome.Failed(transaction);
    }
}
