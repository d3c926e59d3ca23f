package io.tillbridge.opayo.transactions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.client.auth.Authentication;
import io.tillbridge.client.ApiException;
import io.tillbridge.TillbridgeException;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.internal.json.Json;
import io.tillbridge.client.internal.validation.RequestValidator;
import io.tillbridge.opayo.OpayoApiException;
import io.tillbridge.opayo.OpayoError;
import io.tillbridge.opayo.UnusableAnswerException;
import io.tillbridge.opayo.internal.PiResponses;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opayo Pi transactions: Payment, Deferred, Authenticate, Authorise, Repeat, Refund, retrieve,
 * instructions and 3-D Secure completion. Obtain it from {@code OpayoClient.transactions()}.
 *
 * <h2>No double charge</h2>
 * {@code POST /transactions} is never blindly retried: Opayo has no idempotency header, the
 * vendorTxCode is the only key. When a request fails ambiguously (timeout, reset after sending, a
 * 5xx or 408 answer, an unreadable success body), the service asks the {@link TransactionLookup} whether Opayo recorded the
 * vendorTxCode. Recorded: it fetches the transaction and returns its real outcome. Proven absent (only
 * Reporting's "not found" proves it): it sends again, with the same vendorTxCode, once — never after
 * Opayo answered with a success status but an unusable body (an {@code Ok} without its id). Anything
 * else ends in {@link OutcomeUnknownException} so that nobody charges again by guessing.
 */
public final class TransactionService {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionService.class);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Classic codes for a reused vendorTxCode (reference: opayo.md §1.9); Pi's own behaviour is undocumented. */
    private static final Set<String> DUPLICATE_CODES = Set.of("4001", "4042");

    private final HttpTransport transport;
    private final Authentication authentication;
    private final TransactionLookup lookup;
    private final Resolution resolution;
    private final RequestValidator validator = new RequestValidator();

    /**
     * How ambiguous outcomes are resolved: the Reporting API can lag a few seconds behind Pi, so a
     * "not found" is only believed after {@code lookups} tries {@code pause} apart.
     *
     * @param lookups how many times to look before concluding nothing was recorded
     * @param pause   the wait between lookups
     */
    public record Resolution(int lookups, Duration pause) {
        /** Three lookups two seconds apart. */
        public static final Resolution DEFAULT = new Resolution(3, Duration.ofSeconds(2));

        /**
         * Requires at least one lookup and a non-negative pause.
         *
         * @param lookups how many times to look before concluding nothing was recorded
         * @param pause   the wait between lookups
         */
        public Resolution {
            if (lookups < 1) {
                throw new ValidationException("lookups", "must be at least 1");
            }
            if (ValidationException.required(pause, "pause").isNegative()) {
                throw new ValidationException("pause", "must not be negative");
            }
        }
    }

    /**
     * Creates the service; {@link io.tillbridge.opayo.OpayoClient} builds it, hosts normally do not.
     *
     * @param transport     the Pi transport
     * @param authentication HTTP Basic with the integration key and password
     * @param lookup        resolves ambiguous outcomes; null when reporting is not configured (then they stay unknown)
     * @param resolution    lookup timing
     */
    public TransactionService(HttpTransport transport, Authentication authentication, TransactionLookup lookup, Resolution resolution) {
        this.transport = transport;
        this.authentication = authentication;
        this.lookup = lookup;
        this.resolution = resolution;
    }

    /** The Pi transport; for tests in this package, which move its circuit breaker on. */
    HttpTransport transport() {
        return transport;
    }

    /**
     * Authorise and capture.
     *
     * @param request the payment
     * @return the outcome
     */
    public TransactionOutcome payment(PaymentRequest request) {
        return create("Payment", request);
    }

    /**
     * Authorise and hold, for {@link #release} within 30 days.
     *
     * @param request the payment
     * @return the outcome
     */
    public TransactionOutcome deferred(PaymentRequest request) {
        return create("Deferred", request);
    }

    /**
     * Authenticate only, for {@link #authorise} later.
     *
     * @param request the payment
     * @return the outcome
     */
    public TransactionOutcome authenticate(PaymentRequest request) {
        return create("Authenticate", request);
    }

    /**
     * Authorises an earlier Authenticate transaction.
     *
     * @param request the authorise request
     * @return the outcome
     */
    public TransactionOutcome authorise(AuthoriseRequest request) {
        validate(request, List.of());
        return submit(request.vendorTxCode(), PiJson.referenced("Authorise", request.referenceTransactionId(),
                request.vendorTxCode(), request.amount(), request.description()));
    }

    /**
     * Takes a new payment on the card of an earlier transaction, for repeat and recurring billing.
     *
     * @param request the repeat request
     * @return the outcome
     */
    public TransactionOutcome repeat(RepeatRequest request) {
        List<ValidationException.FieldError> extra = new ArrayList<>();
        checkCurrency(request.currency(), "currency", extra);
        validate(request, extra);
        return submit(request.vendorTxCode(), PiJson.repeat(request));
    }

    /**
     * Refunds part or all of an earlier transaction; over-refunds fail with {@code REFUND_EXCEEDS_ORIGINAL}.
     *
     * @param request the refund
     * @return the outcome
     */
    public TransactionOutcome refund(RefundRequest request) {
        validate(request, List.of());
        return submit(request.vendorTxCode(), PiJson.referenced("Refund", request.referenceTransactionId(),
                request.vendorTxCode(), request.amount(), request.description()));
    }

    /**
     * The transaction as Opayo has it now.
     *
     * @param transactionId Opayo's transaction id
     * @return the transaction
     */
    public Transaction retrieve(String transactionId) {
        return PiJson.transaction(read(transport.send(Call.get("/transactions/" + encode(transactionId))
                .header("Authorization", authentication.credential().reveal()).operation("transactions.retrieve").build())));
    }

    /**
     * The transaction's current outcome, as a fresh lookup sees it.
     *
     * @param transactionId Opayo's transaction id
     * @return the outcome
     */
    public TransactionOutcome outcomeOf(String transactionId) {
        HttpResult result = transport.send(Call.get("/transactions/" + encode(transactionId))
                .header("Authorization", authentication.credential().reveal()).operation("transactions.retrieve").build());
        return PiJson.outcome(200, read(result));
    }

    /**
     * Looks a vendorTxCode up the way an ambiguous send is resolved: a "not found" is believed only
     * after {@link Resolution#lookups()} lookups {@link Resolution#pause()} apart, since the Reporting
     * API can lag behind Pi. For callers that must know whether a transaction they may have sent exists.
     *
     * @param vendorTxCode the code to look up
     * @return Opayo's transaction id, or empty when Opayo has none
     * @throws OutcomeUnknownException when no reporting credentials are configured or a lookup fails
     */
    public Optional<String> lookUp(String vendorTxCode) {
        return resolve(vendorTxCode, null);
    }

    /**
     * True when Opayo refused a new transaction because its vendorTxCode was used before (classic 4001 or 4042).
     *
     * @param refusal the refusal
     * @return true for a duplicate vendorTxCode
     */
    public static boolean isDuplicateVendorTxCode(ApiException refusal) {
        return refusal.codes().stream().anyMatch(DUPLICATE_CODES::contains);
    }

    /**
     * Cancels a successful transaction before settlement (until midnight of its day).
     *
     * @param transactionId Opayo's transaction id
     * @return the instruction
     */
    public Instruction voidTransaction(String transactionId) {
        return instruction(transactionId, "void", null);
    }

    /**
     * Cancels a deferred transaction without charging.
     *
     * @param transactionId Opayo's transaction id
     * @return the instruction
     */
    public Instruction abort(String transactionId) {
        return instruction(transactionId, "abort", null);
    }

    /**
     * Captures a deferred transaction, once, up to its amount (minor units).
     *
     * @param transactionId Opayo's transaction id
     * @param amount        the amount to capture, in minor units
     * @return the instruction
     */
    public Instruction release(String transactionId, long amount) {
        if (amount <= 0) {
            throw new ValidationException("amount", "must be greater than 0");
        }
        return instruction(transactionId, "release", amount);
    }

    /**
     * Cancels an authenticated transaction.
     *
     * @param transactionId Opayo's transaction id
     * @return the instruction
     */
    public Instruction cancel(String transactionId) {
        return instruction(transactionId, "cancel", null);
    }

    /**
     * Completes 3-D Secure v1 with the ACS's {@code PaRes}.
     *
     * @param transactionId Opayo's transaction id
     * @param paRes         the ACS's {@code PaRes}
     * @return the outcome
     */
    public TransactionOutcome complete3DSecure(String transactionId, String paRes) {
        if (paRes == null || paRes.isBlank()) {
            throw new ValidationException("paRes", "must not be blank");
        }
        ObjectNode body = Json.mapper().createObjectNode().put("paRes", paRes);
        completeChallenge(transactionId, "/3d-secure", body, "transactions.3dsecure");
        // The /3d-secure answer is not safe to act on (reference: opayo.md §1.6): fetch the transaction.
        return outcomeOf(transactionId);
    }

    /**
     * Completes a 3-D Secure v2 challenge with the ACS's {@code cres} and the session data it echoed.
     *
     * @param transactionId      Opayo's transaction id
     * @param cRes               the ACS's {@code cres}
     * @param threeDSSessionData the session data the ACS echoed
     * @return the outcome
     */
    public TransactionOutcome completeChallenge(String transactionId, String cRes, String threeDSSessionData) {
        if (cRes == null || cRes.isBlank()) {
            throw new ValidationException("cRes", "must not be blank");
        }
        ObjectNode body = Json.mapper().createObjectNode().put("cRes", cRes);
        if (threeDSSessionData != null) {
            body.put("threeDSSessionData", threeDSSessionData);
        }
        completeChallenge(transactionId, "/3d-secure-challenge", body, "transactions.challenge");
        return outcomeOf(transactionId);
    }

    private void completeChallenge(String transactionId, String suffix, ObjectNode body, String operation) {
        // Completing a challenge is keyed by the transaction: repeating it cannot charge twice.
        HttpResult result = transport.send(Call.post("/transactions/" + encode(transactionId) + suffix, Call.RetryMode.SAFE)
                .header("Authorization", authentication.credential().reveal()).jsonBody(body.toString()).operation(operation).build());
        if (!result.isSuccess()) {
            throw PiResponses.failure(result);
        }
    }

    private Instruction instruction(String transactionId, String type, Long amount) {
        ObjectNode body = Json.mapper().createObjectNode().put("instructionType", type);
        if (amount != null) {
            body.put("amount", amount);
        }
        // An instruction applies once to one transaction; Opayo refuses a second (1014/1017), so a retry is safe.
        HttpResult result = transport.send(Call.post("/transactions/" + encode(transactionId) + "/instructions",
                        Call.RetryMode.SAFE).header("Authorization", authentication.credential().reveal()).jsonBody(body.toString())
                .operation("transactions.instructions." + type).build());
        if (!result.isSuccess()) {
            throw PiResponses.failure(result);
        }
        // Opayo applied the instruction: whatever the body looks like, this must not throw, or a caller
        // would think the void or release failed and try something else.
        JsonNode answer = PiResponses.json(result).orElse(null);
        return Instruction.read(answer, type);
    }

    /**
     * Every instruction applied to a transaction, oldest first as Opayo lists them.
     *
     * @param transactionId Opayo's transaction id
     * @return the instructions
     */
    public List<Instruction> instructions(String transactionId) {
        JsonNode answer = read(transport.send(Call.get("/transactions/" + encode(transactionId) + "/instructions")
                .header("Authorization", authentication.credential().reveal()).operation("transactions.instructions.list").build()));
        JsonNode list = answer.get("instructions");
        if (list == null || !list.isArray()) {
            throw new UnusableAnswerException("Opayo", 200, "the instructions answer has no instructions array", null);
        }
        List<Instruction> instructions = new ArrayList<>();
        list.forEach(node -> instructions.add(Instruction.read(node, null)));
        return List.copyOf(instructions);
    }

    private TransactionOutcome create(String type, PaymentRequest request) {
        List<ValidationException.FieldError> extra = new ArrayList<>();
        if (request.currency() != null) {
            checkCurrency(request.currency(), "currency", extra);
        }
        if (request.billingAddress() != null) {
            BillingAddress a = request.billingAddress();
            checkPlace(a.country(), a.state(), a.postalCode(), "billingAddress.country", "billingAddress.state",
                    "billingAddress.postalCode", extra);
        }
        if (request.shippingDetails() != null) {
            ShippingDetails s = request.shippingDetails();
            checkPlace(s.shippingCountry(), s.shippingState(), s.shippingPostalCode(), "shippingDetails.shippingCountry",
                    "shippingDetails.shippingState", "shippingDetails.shippingPostalCode", extra);
        }
        if (request.strongCustomerAuthentication() != null) {
            extra.addAll(request.strongCustomerAuthentication().crossFieldErrors("strongCustomerAuthentication."));
        }
        validate(request, extra);
        // The session key and card identifier are this request's own credentials: an answer echoing them
        // must not carry them into an exception message.
        List<io.tillbridge.client.Secret> cardSecrets = new ArrayList<>(List.of(request.card().cardIdentifier()));
        if (request.card().merchantSessionKey() != null) {
            cardSecrets.add(request.card().merchantSessionKey());
        }
        return submit(request.vendorTxCode(), PiJson.payment(type, request), cardSecrets);
    }

    /** Sends a new transaction, resolving any ambiguous failure by lookup (see the class comment). */
    private TransactionOutcome submit(String vendorTxCode, ObjectNode body) {
        return submit(vendorTxCode, body, List.of());
    }

    private TransactionOutcome submit(String vendorTxCode, ObjectNode body, List<io.tillbridge.client.Secret> requestSecrets) {
        boolean answeredUnusably = false;
        for (int send = 1; ; send++) {
            TillbridgeException ambiguous;
            try {
                HttpResult sent = transport.send(Call.post("/transactions", Call.RetryMode.UNSAFE)
                        .header("Authorization", authentication.credential().reveal()).jsonBody(body.toString())
                        .operation("transactions.create").build());
                HttpResult result = requestSecrets.isEmpty() ? sent : new HttpResult(sent.status(), sent.headers(), sent.body(),
                        sent.attempts(), sent.requestId(), sent.redactor().withSecrets(requestSecrets));
                if (result.isSuccess()) {
                    Optional<JsonNode> answer = PiResponses.json(result);
                    if (answer.isPresent() && (answer.get().has("status") || answer.get().has("transactionId"))) {
                        try {
                            return PiJson.outcome(result.status(), answer.get());
                        } catch (UnusableAnswerException unusable) {
                            // Opayo answered as if it processed the request (an Ok without its id, a wrong
                            // shape): only a lookup may say what happened, and it is never sent again.
                            answeredUnusably = true;
                            ambiguous = unusable;
                        }
                    } else {
                        ambiguous = new TransportException("Opayo accepted " + vendorTxCode + " (HTTP " + result.status()
                                + ") but its answer could not be read", true, null);
                    }
                } else if (result.status() >= 500 || result.status() == 408) {
                    // A gateway or server error says nothing about whether the payment went through.
                    ambiguous = PiResponses.failure(result);
                } else if (send > 1 && isDuplicate(result)) {
                    // The resend met the first attempt: it was recorded after all.
                    ambiguous = PiResponses.failure(result);
                } else {
                    throw PiResponses.failure(result);
                }
            } catch (TransportException e) {
                if (!e.outcomeUnknown()) {
                    throw e; // never reached Opayo: nothing happened, the caller may try again
                }
                ambiguous = e;
            }
            LOG.warn("Opayo transaction {} has an unknown outcome ({}); resolving by lookup", vendorTxCode, ambiguous.getMessage());
            Optional<String> recorded = resolve(vendorTxCode, ambiguous);
            if (recorded.isPresent()) {
                LOG.info("Opayo transaction {} was recorded as {}; not sending again", vendorTxCode, recorded.get());
                return outcomeOf(recorded.get());
            }
            if (answeredUnusably) {
                throw new OutcomeUnknownException(vendorTxCode, "Opayo answered " + vendorTxCode
                        + " with a success status but an unusable body and the lookup does not find it; hold it and look it up later",
                        ambiguous);
            }
            if (send >= 2) {
                throw new OutcomeUnknownException(vendorTxCode, "Opayo transaction " + vendorTxCode
                        + " failed ambiguously twice and is not recorded; hold it and look it up later", ambiguous);
            }
            LOG.info("Opayo has no transaction {}; sending it again with the same vendorTxCode", vendorTxCode);
        }
    }

    private Optional<String> resolve(String vendorTxCode, TillbridgeException ambiguous) {
        if (lookup == null) {
            throw new OutcomeUnknownException(vendorTxCode, "Opayo transaction " + vendorTxCode
                    + " may have been processed and no reporting credentials are configured to look it up", ambiguous);
        }
        for (int attempt = 1; ; attempt++) {
            Optional<String> found;
            try {
                found = lookup.transactionIdFor(vendorTxCode);
            } catch (TillbridgeException lookupFailed) {
                OutcomeUnknownException unknown = new OutcomeUnknownException(vendorTxCode, "Opayo transaction "
                        + vendorTxCode + " may have been processed and the lookup failed: " + lookupFailed.getMessage(), ambiguous);
                unknown.addSuppressed(lookupFailed);
                throw unknown;
            }
            if (found.isPresent() && found.get().isBlank()) {
                // A lookup that found something without an id proves nothing: it is not "absent".
                throw new OutcomeUnknownException(vendorTxCode, "Opayo transaction " + vendorTxCode
                        + " may have been processed and the lookup answered without a transaction id", ambiguous);
            }
            if (found.isPresent() || attempt >= resolution.lookups()) {
                return found;
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(resolution.pause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while resolving a transaction outcome", true, e);
        }
    }

    private static boolean isDuplicate(HttpResult result) {
        for (OpayoError error : PiResponses.errors(result)) {
            if (DUPLICATE_CODES.contains(error.code())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode read(HttpResult result) {
        if (!result.isSuccess()) {
            throw PiResponses.failure(result);
        }
        return PiResponses.json(result).orElseThrow(() -> new UnusableAnswerException("Opayo", result.status(),
                "the answer is not JSON", result.requestId()));
    }

    private void validate(Object request, List<ValidationException.FieldError> extra) {
        List<ValidationException.FieldError> errors = new ArrayList<>(extra);
        try {
            validator.validate(request);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(ValidationException.FieldError::field));
            throw new ValidationException(errors);
        }
    }

    private static void checkCurrency(String code, String field, List<ValidationException.FieldError> errors) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return; // the pattern constraint reports it
        }
        try {
            if (Currency.getInstance(code).getDefaultFractionDigits() < 0) {
                errors.add(new ValidationException.FieldError(field, "'" + code + "' has no minor units and cannot be charged"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new ValidationException.FieldError(field, "'" + code + "' is not an ISO 4217 currency"));
        }
    }

    private static void checkPlace(String country, String state, String postalCode, String countryField, String stateField,
                                   String postalField, List<ValidationException.FieldError> errors) {
        if (country != null && country.matches("[A-Z]{2}") && !COUNTRIES.contains(country)) {
            errors.add(new ValidationException.FieldError(countryField, "'" + country + "' is not an ISO 3166-1 country"));
        }
        if ("US".equals(country) && (state == null || state.isBlank())) {
            errors.add(new ValidationException.FieldError(stateField, "is required for US addresses"));
        }
        if (!"IE".equals(country) && (postalCode == null || postalCode.isBlank())) {
            errors.add(new ValidationException.FieldError(postalField, "is required except for Ireland"));
        }
    }

    /** A transaction id for a path; a missing or blank one is refused before any request. */
    private static String encode(String transactionId) {
        if (transactionId == null || transactionId.isBlank()) {
            throw new ValidationException("transactionId", transactionId == null ? "is missing" : "must not be blank");
        }
        return URLEncoder.encode(transactionId, StandardCharsets.UTF_8);
    }
}
