package io.tillbridge.sandbox.opayo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.sandbox.Emulator;
import io.tillbridge.sandbox.EmulatorReply;
import io.tillbridge.sandbox.EmulatorRequest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A stateful emulator of Opayo Pi REST v1 and the Reporting &amp; Admin API, written from the API
 * reference (opayo.md), not from Tillbridge's client.
 *
 * <p>What it does: merchant session keys expire after 400 seconds; card identifiers honour the
 * sandbox test cards ({@link SandboxCards}); the magic CV2 {@code 123} passes CV2, and an address
 * whose first line's numbers are {@code 88} and whose postcode's are {@code 412} passes AVS; payments, deferred/release/abort, void, repeat and refunds
 * (more than the original → 403 1018) are kept; 3-D Secure cards answer 202 with a v1 challenge,
 * completed with the password {@code password}; the Reporting API answers getTransactionDetail (with a
 * deterministic 3rd Man screening of card transactions: t3mid, t3mscore, t3maction),
 * getTransactionList, getBatchList and getBatchDetail over batches closed by {@link #closeBatch()},
 * and checks the MD5 signature.
 *
 * <p>Documented assumption (Opayo's Pi behaviour is not public): a second transaction with a
 * vendorTxCode already used by an authorised or pending transaction is refused with HTTP 422 and the
 * classic code 4042; a vendorTxCode whose earlier transactions all failed may be used again.
 *
 * <p>Documented assumption: Opayo publishes address {@code 88} and postcode {@code 412} as the values
 * that match. UK AVS compares only the numbers in the first address line and the postcode, so the
 * emulator compares those numbers: the bare values match, and so does a real-looking UK address such as
 * {@code 88 High Street, G41 2AA} (see {@link io.tillbridge.sandbox.SandboxValues}), which — unlike
 * {@code 412} — passes Tillbridge's UK postcode rules.
 */
public final class OpayoEmulator extends Emulator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TX_PATH = Pattern.compile("/api/v1/transactions/([^/]+)(/.*)?");
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter REPORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter REPORT_STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss.SSS");

    private final String vendorName;
    private final String integrationKey;
    private final String integrationPassword;
    private final String reportingUser;
    private final String reportingPassword;
    private final Clock clock;

    private final Map<String, Instant> sessionKeys = new HashMap<>();
    private final Map<String, Card> cards = new HashMap<>();
    private final Map<String, Tx> transactions = new LinkedHashMap<>();
    private final List<Batch> batches = new ArrayList<>();
    private final java.util.Set<String> usedIdentifiers = new java.util.HashSet<>();
    private int nextBatch = 4400;
    private long nextAuthCode = 100000;
    private int repeatsToDecline;

    /** A card identifier's card. */
    private record Card(String number, String cardType, String expiry, String securityCode, boolean reusable) {
    }

    /** A closed settlement batch. */
    private record Batch(String batchId, Instant completed, List<Tx> transactions) {
    }

    /** A transaction's mutable state. */
    private static final class Tx {
        String id;
        String vendorTxCode;
        String type;
        String status;
        String statusCode;
        String statusDetail;
        long amount;
        String currency;
        String description;
        String cardIdentifier;
        Card card;
        String bankAuthCode;
        String avsStatus;
        String address;
        String postalCode;
        String securityCode;
        String threeDs = "NotChecked";
        String referenceId;
        long refunded;
        boolean released;
        boolean aborted;
        boolean voided;
        boolean cancelled;
        final List<ObjectNode> instructions = new ArrayList<>();
        Instant createdAt;
        String batchId;

        EmulatedTransaction view() {
            return new EmulatedTransaction(id, vendorTxCode, type, status, amount, currency, referenceId, createdAt, batchId);
        }
    }

    /**
     * An emulator that accepts these credentials; {@link io.tillbridge.sandbox.SandboxValues#opayoEmulator}
     * gives one with the documented sandbox values.
     *
     * @param vendorName          the vendor the credentials belong to
     * @param integrationKey      expected in HTTP Basic
     * @param integrationPassword expected in HTTP Basic
     * @param reportingUser       the Reporting API user
     * @param reportingPassword   its password, checked through the signature
     * @param clock               for key expiry and timestamps
     */
    public OpayoEmulator(String vendorName, String integrationKey, String integrationPassword, String reportingUser,
                         String reportingPassword, Clock clock) {
        super("opayo");
        this.vendorName = vendorName;
        this.integrationKey = integrationKey;
        this.integrationPassword = integrationPassword;
        this.reportingUser = reportingUser;
        this.reportingPassword = reportingPassword;
        this.clock = clock;
    }

    /**
     * Starts the emulator.
     *
     * @return this emulator, for chaining
     */
    @Override
    public OpayoEmulator start() {
        super.start();
        return this;
    }

    /**
     * Pi's base URL, for a client's custom environment.
     *
     * @return for example {@code http://localhost:54321/api/v1}
     */
    public String piUrl() {
        return baseUrl() + "/api/v1";
    }

    /**
     * The Reporting &amp; Admin API's URL.
     *
     * @return for example {@code http://localhost:54321/access/access.htm}
     */
    public String reportingUrl() {
        return baseUrl() + "/access/access.htm";
    }

    // ---- inspection -------------------------------------------------------------------------

    /**
     * Every transaction recorded under a vendorTxCode, in order: more than one authorised is a double charge.
     *
     * @param vendorTxCode the merchant's code
     * @return its transactions, oldest first
     */
    public synchronized List<EmulatedTransaction> transactionsFor(String vendorTxCode) {
        return transactions.values().stream().filter(t -> t.vendorTxCode.equals(vendorTxCode)).map(Tx::view).toList();
    }

    /**
     * Every transaction recorded, in order.
     *
     * @return the transactions, oldest first
     */
    public synchronized List<EmulatedTransaction> transactions() {
        return transactions.values().stream().map(Tx::view).toList();
    }

    /**
     * The bank declines the next {@code count} repeats (a lapsed or cancelled stored card), for dunning tests.
     *
     * @param count how many repeats to decline
     * @return this emulator
     */
    public synchronized OpayoEmulator declineRepeats(int count) {
        this.repeatsToDecline = count;
        return this;
    }

    /**
     * Closes a settlement batch over every settled transaction not yet in one (authorised payments and
     * repeats not voided, released deferreds, refunds), completed at the emulator's clock.
     *
     * @return the batch id, or null when there was nothing to settle
     */
    public synchronized String closeBatch() {
        List<Tx> settled = new ArrayList<>();
        for (Tx t : transactions.values()) {
            boolean money = "Ok".equals(t.status) && !t.voided && t.batchId == null
                    && (t.type.equals("Payment") || t.type.equals("Repeat") || t.type.equals("Refund")
                    || t.type.equals("Authorise") || (t.type.equals("Deferred") && t.released));
            if (money) {
                settled.add(t);
            }
        }
        if (settled.isEmpty()) {
            return null;
        }
        String id = Integer.toString(nextBatch++);
        settled.forEach(t -> t.batchId = id);
        batches.add(new Batch(id, clock.instant(), settled));
        return id;
    }

    // ---- dispatch ---------------------------------------------------------------------------

    @Override
    protected synchronized EmulatorReply handle(EmulatorRequest request) {
        EmulatorReply reply = dispatch(request);
        if (!request.path().startsWith("/api/v1")) {
            return reply;
        }
        // Pi names every answer in X-Request-Tracker, the id its support asks for.
        Map<String, String> headers = new java.util.LinkedHashMap<>(reply.headers());
        headers.put("X-Request-Tracker", "trk-" + Long.toHexString(++trackers));
        return new EmulatorReply(reply.status(), reply.body(), Map.copyOf(headers));
    }

    private long trackers;

    private EmulatorReply dispatch(EmulatorRequest request) {
        String path = request.path();
        if (path.equals("/access/access.htm") && request.method().equals("POST")) {
            return reporting(request);
        }
        if (path.startsWith("/api/v1/card-identifiers")) {
            return cardIdentifiers(request);
        }
        if (!basicAuthOk(request)) {
            return error(401, "1002", null, "Authentication failed");
        }
        if (path.equals("/api/v1/merchant-session-keys") && request.method().equals("POST")) {
            return createSessionKey(request);
        }
        if (path.startsWith("/api/v1/merchant-session-keys/") && request.method().equals("GET")) {
            String key = path.substring("/api/v1/merchant-session-keys/".length());
            Instant expiry = sessionKeys.get(key);
            if (expiry == null || !clock.instant().isBefore(expiry)) {
                return error(404, "1006", null, "Merchant Session Keys not found");
            }
            return EmulatorReply.json(200, object().put("merchantSessionKey", key).put("expiry", iso(expiry)).toString());
        }
        if (path.equals("/api/v1/transactions") && request.method().equals("POST")) {
            return createTransaction(request);
        }
        Matcher m = TX_PATH.matcher(path);
        if (m.matches()) {
            Tx tx = transactions.get(m.group(1));
            if (tx == null) {
                return error(404, "1012", null, "Transaction not found");
            }
            String rest = m.group(2) == null ? "" : m.group(2);
            return switch (request.method() + " " + rest) {
                case "GET " -> EmulatorReply.json(200, transactionJson(tx).toString());
                case "POST /instructions" -> instruction(tx, request);
                case "GET /instructions" -> instructionList(tx);
                case "POST /3d-secure" -> complete3ds(tx, request);
                default -> error(405, "1000", null, "Method not allowed");
            };
        }
        return error(404, "1000", null, "No such resource");
    }

    private boolean basicAuthOk(EmulatorRequest request) {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (integrationKey + ":" + integrationPassword).getBytes(StandardCharsets.UTF_8));
        return expected.equals(request.header("Authorization"));
    }

    private EmulatorReply createSessionKey(EmulatorRequest request) {
        JsonNode body = parse(request.body());
        if (body == null || !vendorName.equals(body.path("vendorName").asText())) {
            return error(422, "1009", "vendorName", "Invalid value");
        }
        String key = UUID.randomUUID().toString().toUpperCase();
        Instant expiry = clock.instant().plusSeconds(400);
        sessionKeys.put(key, expiry);
        return EmulatorReply.json(201, object().put("merchantSessionKey", key).put("expiry", iso(expiry)).toString());
    }

    private EmulatorReply cardIdentifiers(EmulatorRequest request) {
        String auth = request.header("Authorization");
        String key = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
        Instant expiry = key == null ? null : sessionKeys.get(key);
        if (expiry == null || !clock.instant().isBefore(expiry)) {
            return error(401, "1011", null, "Merchant session key or card identifier invalid");
        }
        if (request.path().endsWith("/security-code")) {
            String id = request.path().replace("/api/v1/card-identifiers/", "").replace("/security-code", "");
            Card card = cards.get(id);
            if (card == null) {
                return error(404, "1011", null, "Card identifier invalid");
            }
            cards.put(id, new Card(card.number(), card.cardType(), card.expiry(), parse(request.body()).path("securityCode").asText(), card.reusable()));
            return EmulatorReply.empty(204);
        }
        JsonNode details = parse(request.body()).path("cardDetails");
        String number = details.path("cardNumber").asText("");
        if (!number.matches("\\d{12,19}") || !SandboxCards.luhn(number)) {
            return error(422, "1007", "cardDetails.cardNumber", "Card number failed validity checks");
        }
        if (!details.path("expiryDate").asText("").matches("(0[1-9]|1[0-2])\\d{2}")) {
            return error(422, "1009", "cardDetails.expiryDate", "Invalid value");
        }
        SandboxCards.Card known = SandboxCards.CARDS.getOrDefault(number, new SandboxCards.Card("Visa", SandboxCards.Behaviour.AUTHORISE));
        String id = UUID.randomUUID().toString().toUpperCase();
        cards.put(id, new Card(number, known.cardType(), details.path("expiryDate").asText(),
                details.path("securityCode").asText(null), false));
        return EmulatorReply.json(201, object().put("cardIdentifier", id).put("expiry", iso(clock.instant().plusSeconds(400)))
                .put("cardType", known.cardType()).toString());
    }

    private EmulatorReply createTransaction(EmulatorRequest request) {
        JsonNode body = parse(request.body());
        if (body == null) {
            return error(400, "1000", null, "Incorrect request format");
        }
        String type = body.path("transactionType").asText("");
        String vendorTxCode = body.path("vendorTxCode").asText("");
        if (!vendorTxCode.matches("[A-Za-z0-9\\-._{}]{1,40}")) {
            return error(422, "1004", "vendorTxCode", "Invalid length or characters");
        }
        for (Tx earlier : transactions.values()) {
            if (earlier.vendorTxCode.equals(vendorTxCode) && ("Ok".equals(earlier.status) || "3DAuth".equals(earlier.status))) {
                return EmulatorReply.json(422, object().put("statusCode", "4042").put("statusDetail",
                        "The VendorTxCode has been used before for another transaction. All VendorTxCodes must be unique.").toString());
            }
        }
        long amount = body.path("amount").asLong(0);
        if (amount <= 0) {
            return error(422, "1009", "amount", "Invalid value");
        }
        JsonNode sca = body.path("strongCustomerAuthentication");
        if (sca.path("browserJavascriptEnabled").asBoolean(false)) {
            // With JavaScript the schemes need the screen and time-zone data; Opayo refuses the request without it.
            for (String field : List.of("browserJavaEnabled", "browserColorDepth", "browserScreenHeight", "browserScreenWidth",
                    "browserTZ")) {
                if (!sca.hasNonNull(field)) {
                    return error(422, "1003", "strongCustomerAuthentication." + field, "Missing mandatory field");
                }
            }
        }
        return switch (type) {
            case "Payment", "Deferred" -> cardTransaction(type, vendorTxCode, amount, body);
            case "Repeat" -> repeat(vendorTxCode, amount, body);
            case "Refund" -> refund(vendorTxCode, amount, body);
            default -> error(403, "1013", "transactionType", "Transaction type not supported");
        };
    }

    private EmulatorReply cardTransaction(String type, String vendorTxCode, long amount, JsonNode body) {
        String currency = body.path("currency").asText("");
        if (!validCurrency(currency)) {
            return error(422, "1010", "currency", "Currency does not exist");
        }
        JsonNode cardNode = body.path("paymentMethod").path("card");
        String identifier = cardNode.path("cardIdentifier").asText("");
        Card card = cards.get(identifier);
        boolean reusable = cardNode.path("reusable").asBoolean(false);
        if (card == null || (reusable && !card.reusable())) {
            return error(422, "1011", "paymentMethod.card.cardIdentifier", "Card identifier invalid");
        }
        if (!reusable) {
            Instant keyExpiry = sessionKeys.get(cardNode.path("merchantSessionKey").asText(""));
            if (keyExpiry == null || !clock.instant().isBefore(keyExpiry)) {
                return error(422, "1011", "paymentMethod.card.merchantSessionKey", "Merchant session key invalid or expired");
            }
            if (!usedIdentifiers.add(identifier)) {
                return error(422, "1011", "paymentMethod.card.cardIdentifier", "Card identifier already used");
            }
        }
        JsonNode billing = body.path("billingAddress");
        if (billing.path("address1").asText("").isEmpty() || billing.path("city").asText("").isEmpty()
                || billing.path("country").asText("").length() != 2) {
            return error(422, "1003", "billingAddress", "Missing mandatory field");
        }
        Tx tx = newTx(type, vendorTxCode, amount, currency, body);
        tx.cardIdentifier = identifier;
        tx.card = card;
        tx.address = SandboxCards.ADDRESS_1.equals(digits(billing.path("address1").asText(""))) ? "Matched" : "NotMatched";
        tx.postalCode = SandboxCards.POSTCODE.equals(digits(billing.path("postalCode").asText(""))) ? "Matched" : "NotMatched";
        tx.securityCode = card.securityCode() == null ? "NotProvided"
                : SandboxCards.SECURITY_CODE.equals(card.securityCode()) ? "Matched" : "NotMatched";
        tx.avsStatus = avs(tx);
        if (cardNode.path("save").asBoolean(false)) {
            cards.put(identifier, new Card(card.number(), card.cardType(), card.expiry(), null, true));
            tx.card = cards.get(identifier);
        }
        SandboxCards.Behaviour behaviour = SandboxCards.CARDS.getOrDefault(card.number(),
                new SandboxCards.Card(card.cardType(), SandboxCards.Behaviour.AUTHORISE)).behaviour();
        boolean threeDs = !"Disable".equals(body.path("apply3DSecure").asText("UseMSPSetting")) && !reusable;
        if (behaviour == SandboxCards.Behaviour.DECLINE) {
            settle(tx, "NotAuthed", "2000", "The Authorisation was Declined by the bank.");
            return EmulatorReply.json(201, transactionJson(tx).put("bankResponseCode", "05").toString());
        }
        if (behaviour == SandboxCards.Behaviour.CHALLENGE && threeDs) {
            tx.status = "3DAuth";
            tx.statusCode = "2007";
            tx.statusDetail = "Please redirect your customer to the ACSURL to complete the 3DS Transaction";
            return EmulatorReply.json(202, object().put("statusCode", "2007").put("statusDetail", tx.statusDetail)
                    .put("transactionId", tx.id).put("acsUrl", baseUrl() + "/acs")
                    .put("paReq", Base64.getEncoder().encodeToString(tx.id.getBytes(StandardCharsets.UTF_8)))
                    .put("status", "3DAuth").toString());
        }
        tx.threeDs = behaviour == SandboxCards.Behaviour.CHALLENGE ? "NotChecked" : "CardNotEnrolled";
        authorise(tx);
        return EmulatorReply.json(201, transactionJson(tx).toString());
    }

    private EmulatorReply repeat(String vendorTxCode, long amount, JsonNode body) {
        Tx original = transactions.get(body.path("referenceTransactionId").asText(""));
        if (original == null) {
            return error(404, "1012", "referenceTransactionId", "Transaction not found");
        }
        if (!"Ok".equals(original.status)) {
            return error(403, "1014", "referenceTransactionId", "Transaction status not applicable");
        }
        String currency = body.path("currency").asText("");
        if (!validCurrency(currency)) {
            return error(422, "1010", "currency", "Currency does not exist");
        }
        Tx tx = newTx("Repeat", vendorTxCode, amount, currency, body);
        tx.referenceId = original.id;
        tx.card = original.card;
        tx.cardIdentifier = original.cardIdentifier;
        tx.avsStatus = "NotChecked";
        tx.address = tx.postalCode = tx.securityCode = "NotChecked";
        if (repeatsToDecline > 0) {
            repeatsToDecline--;
            settle(tx, "NotAuthed", "2000", "The Authorisation was Declined by the bank.");
        } else {
            authorise(tx);
        }
        return EmulatorReply.json(201, transactionJson(tx).toString());
    }

    private EmulatorReply refund(String vendorTxCode, long amount, JsonNode body) {
        Tx original = transactions.get(body.path("referenceTransactionId").asText(""));
        if (original == null) {
            return error(404, "1012", "referenceTransactionId", "Transaction not found");
        }
        boolean captured = "Ok".equals(original.status) && !original.voided
                && (!original.type.equals("Deferred") || original.released);
        if (!captured || original.type.equals("Refund")) {
            return error(403, "1017", "referenceTransactionId", "Operation not allowed for this transaction");
        }
        if (original.refunded + amount > original.amount) {
            return error(403, "1018", "amount", "The refund amount exceeds the original amount");
        }
        original.refunded += amount;
        Tx tx = newTx("Refund", vendorTxCode, amount, original.currency, body);
        tx.referenceId = original.id;
        tx.card = original.card;
        tx.avsStatus = "NotChecked";
        tx.address = tx.postalCode = tx.securityCode = "NotChecked";
        authorise(tx);
        return EmulatorReply.json(201, transactionJson(tx).toString());
    }

    private EmulatorReply instruction(Tx tx, EmulatorRequest request) {
        JsonNode body = parse(request.body());
        String type = body == null ? "" : body.path("instructionType").asText("");
        switch (type) {
            case "void" -> {
                if (!"Ok".equals(tx.status) || tx.voided || tx.batchId != null || tx.type.equals("Deferred")) {
                    return error(403, "1017", null, "Operation not allowed for this transaction");
                }
                tx.voided = true;
            }
            case "abort" -> {
                if (!tx.type.equals("Deferred") || tx.released || tx.aborted) {
                    return error(403, "1017", null, "Operation not allowed for this transaction");
                }
                tx.aborted = true;
            }
            case "release" -> {
                long amount = body.path("amount").asLong(0);
                if (!tx.type.equals("Deferred") || tx.released || tx.aborted || !"Ok".equals(tx.status)) {
                    return error(403, "1017", null, "Operation not allowed for this transaction");
                }
                if (amount <= 0 || amount > tx.amount) {
                    return error(403, "1021", "amount", "Release amount exceeds the original amount");
                }
                tx.released = true;
                tx.amount = amount;
            }
            case "cancel" -> {
                if (!tx.type.equals("Authenticate") || tx.cancelled) {
                    return error(403, "1017", null, "Operation not allowed for this transaction");
                }
                tx.cancelled = true;
            }
            default -> {
                return error(422, "1009", "instructionType", "Invalid value");
            }
        }
        ObjectNode applied = object().put("instructionType", type).put("date", iso(clock.instant()));
        tx.instructions.add(applied);
        return EmulatorReply.json(201, applied.toString());
    }

    private EmulatorReply instructionList(Tx tx) {
        if (tx.instructions.isEmpty()) {
            return error(404, "1019", null, "Transaction instructions not found");
        }
        ObjectNode out = object();
        com.fasterxml.jackson.databind.node.ArrayNode list = out.putArray("instructions");
        tx.instructions.forEach(list::add);
        return EmulatorReply.json(200, out.toString());
    }

    private EmulatorReply complete3ds(Tx tx, EmulatorRequest request) {
        if (!"3DAuth".equals(tx.status)) {
            return error(403, "1014", null, "Transaction status not applicable");
        }
        JsonNode body = parse(request.body());
        String paRes = body == null ? "" : body.path("paRes").asText("");
        if (SandboxCards.THREE_D_PASSWORD.equals(paRes)) {
            tx.threeDs = "Authenticated";
            authorise(tx);
        } else {
            tx.threeDs = "NotAuthenticated";
            settle(tx, "Rejected", "2001", "The Transaction was Rejected because 3-D Secure authentication failed.");
        }
        return EmulatorReply.json(201, object().put("status", tx.threeDs).toString());
    }

    private Tx newTx(String type, String vendorTxCode, long amount, String currency, JsonNode body) {
        Tx tx = new Tx();
        tx.id = UUID.randomUUID().toString().toUpperCase();
        tx.vendorTxCode = vendorTxCode;
        tx.type = type;
        tx.amount = amount;
        tx.currency = currency;
        tx.description = body.path("description").asText("");
        tx.createdAt = clock.instant();
        transactions.put(tx.id, tx);
        return tx;
    }

    private void authorise(Tx tx) {
        tx.bankAuthCode = Long.toString(nextAuthCode++);
        settle(tx, "Ok", "0000", "The Authorisation was Successful.");
    }

    private static void settle(Tx tx, String status, String code, String detail) {
        tx.status = status;
        tx.statusCode = code;
        tx.statusDetail = detail;
    }

    private static String avs(Tx tx) {
        boolean address = "Matched".equals(tx.address) && "Matched".equals(tx.postalCode);
        boolean cv2 = "Matched".equals(tx.securityCode);
        return address && cv2 ? "AllMatched" : cv2 ? "SecurityCodeMatchOnly" : address ? "AddressMatchOnly" : "NoMatches";
    }

    private ObjectNode transactionJson(Tx tx) {
        ObjectNode node = object().put("transactionId", tx.id).put("transactionType", tx.type).put("status", tx.status)
                .put("statusCode", tx.statusCode).put("statusDetail", tx.statusDetail)
                .put("retrievalReference", Math.abs(tx.id.hashCode() % 10_000_000))
                .put("bankResponseCode", "Ok".equals(tx.status) ? "00" : "05");
        if (tx.bankAuthCode != null) {
            node.put("bankAuthorisationCode", tx.bankAuthCode);
        }
        node.putObject("avsCvcCheck").put("status", tx.avsStatus).put("address", tx.address)
                .put("postalCode", tx.postalCode).put("securityCode", tx.securityCode);
        if (tx.card != null) {
            node.putObject("paymentMethod").putObject("card").put("cardType", tx.card.cardType())
                    .put("lastFourDigits", tx.card.number().substring(tx.card.number().length() - 4))
                    .put("expiryDate", tx.card.expiry()).put("cardIdentifier", tx.cardIdentifier)
                    .put("reusable", tx.card.reusable());
        }
        node.putObject("amount").put("totalAmount", tx.amount).put("saleAmount", tx.amount).put("surchargeAmount", 0);
        node.put("currency", tx.currency);
        node.putObject("3DSecure").put("status", tx.threeDs);
        return node;
    }

    // ---- Reporting & Admin API ----------------------------------------------------------------

    private EmulatorReply reporting(EmulatorRequest request) {
        String xml = EmulatorRequest.form(request.body()).getOrDefault("XML", "");
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            return reportingError("0001", "The message received was not valid XML.");
        }
        if (!root.getTagName().equals("vspaccess")) {
            return reportingError("0002", "Invalid command. XML root node should be vspaccess.");
        }
        int signatureAt = xml.indexOf("<signature>");
        String inner = signatureAt < 0 ? "" : xml.substring("<vspaccess>".length(), signatureAt);
        String expected = md5(inner + "<password>" + escape(reportingPassword) + "</password>");
        if (!expected.equalsIgnoreCase(text(root, "signature"))) {
            return reportingError("0010", "Cannot validate the signature value.");
        }
        if (!vendorName.equals(text(root, "vendor")) || !reportingUser.equals(text(root, "user"))) {
            return reportingError("0008", "The specified vendor and user combination is not valid, or the user may be locked out.");
        }
        String command = text(root, "command");
        return switch (command == null ? "" : command) {
            case "getTransactionDetail" -> transactionDetail(text(root, "vendortxcode"));
            case "getTransactionList" -> transactionList(root);
            case "getBatchList" -> batchList(root);
            case "getBatchDetail" -> batchDetail(root);
            default -> reportingError("0013", "The command passed in the command parameter was not recognised.");
        };
    }

    private EmulatorReply transactionDetail(String vendorTxCode) {
        Tx found = null;
        for (Tx tx : transactions.values()) {
            if (tx.vendorTxCode.equals(vendorTxCode)) {
                found = tx; // the latest wins
            }
        }
        if (found == null) {
            return reportingError("0043", "Unable to find the transaction for the vendortxcode or vpstxid supplied.");
        }
        StringBuilder out = new StringBuilder(ok());
        element(out, "vpstxid", "{" + found.id + "}");
        element(out, "vendortxcode", found.vendorTxCode);
        element(out, "transactiontype", found.type);
        element(out, "status", found.statusDetail);
        element(out, "amount", major(found.amount, found.currency).toPlainString());
        element(out, "currency", found.currency);
        element(out, "started", REPORT_STAMP.format(found.createdAt.atZone(UK)));
        if (found.batchId != null) {
            element(out, "batchid", found.batchId);
        }
        if (found.bankAuthCode != null) {
            element(out, "bankauthcode", found.bankAuthCode);
        }
        if (found.card != null) {
            element(out, "last4digits", found.card.number().substring(found.card.number().length() - 4));
            thirdMan(out, found);
        }
        return EmulatorReply.xml(out.append("</vspaccess>").toString());
    }

    /**
     * The 3rd Man's screening of a card transaction as {@code getTransactionDetail} lists it ({@code t3mid},
     * {@code t3mscore}, {@code t3maction}; reference: opayo.md §2). Opayo does not publish how T3M scores;
     * this emulator's rule is its own and deterministic: 30 for an address that did not match, 20 for a
     * postcode, 40 for a security code; {@code REJECT} from 70, {@code HOLD} from 30, else {@code OK}.
     */
    private static void thirdMan(StringBuilder out, Tx tx) {
        int score = ("Matched".equals(tx.address) ? 0 : 30) + ("Matched".equals(tx.postalCode) ? 0 : 20)
                + ("Matched".equals(tx.securityCode) ? 0 : 40);
        element(out, "t3mid", Long.toString(Math.abs((long) tx.id.hashCode()) % 1_000_000_000L));
        element(out, "t3mscore", Integer.toString(score));
        element(out, "t3maction", score >= 70 ? "REJECT" : score >= 30 ? "HOLD" : "OK");
    }

    private EmulatorReply transactionList(Element root) {
        Instant from;
        Instant to;
        try {
            from = LocalDateTime.parse(text(root, "startdate"), REPORT_DATE).atZone(UK).toInstant();
            to = LocalDateTime.parse(text(root, "enddate"), REPORT_DATE).atZone(UK).toInstant();
        } catch (RuntimeException e) {
            return reportingError("0019", "Error parsing the request XML. Check the format of your request message.");
        }
        if (from.isAfter(to)) {
            return reportingError("0038", "The start date you have supplied is after the end date.");
        }
        if (to.isAfter(from.atZone(UK).plusMonths(1).toInstant())) {
            return reportingError("0039", "The end date is more than one month after the start date.");
        }
        List<Tx> rows = transactions.values().stream()
                .filter(t -> !t.createdAt.isBefore(from) && !t.createdAt.isAfter(to.plusSeconds(1))).toList();
        return rows(rows, root);
    }

    private EmulatorReply batchList(Element root) {
        Instant from;
        Instant to;
        try {
            from = LocalDateTime.parse(text(root, "startdate"), REPORT_DATE).atZone(UK).toInstant();
            to = LocalDateTime.parse(text(root, "enddate"), REPORT_DATE).atZone(UK).toInstant().plusSeconds(1);
        } catch (RuntimeException e) {
            return reportingError("0019", "Error parsing the request XML. Check the format of your request message.");
        }
        StringBuilder out = new StringBuilder(ok()).append("<batches>");
        for (Batch batch : batches) {
            if (batch.completed().isBefore(from) || !batch.completed().isBefore(to)) {
                continue;
            }
            out.append("<batch>");
            element(out, "batchid", batch.batchId());
            element(out, "authprocessorname", "Elavon");
            element(out, "completed", REPORT_STAMP.format(batch.completed().atZone(UK)));
            out.append("<transactiongroups>");
            Map<String, long[]> groups = new LinkedHashMap<>();
            for (Tx tx : batch.transactions()) {
                long[] group = groups.computeIfAbsent(tx.currency, c -> new long[3]);
                if (tx.type.equals("Refund")) {
                    group[2] += tx.amount;
                } else {
                    group[0]++;
                    group[1] += tx.amount;
                }
            }
            groups.forEach((currency, group) -> {
                out.append("<transactiongroup>");
                element(out, "paymentnumber", Long.toString(group[0]));
                element(out, "paymentvalue", major(group[1], currency).toPlainString());
                element(out, "refundvalue", major(group[2], currency).toPlainString());
                element(out, "currency", currency);
                out.append("</transactiongroup>");
            });
            out.append("</transactiongroups></batch>");
        }
        return EmulatorReply.xml(out.append("</batches></vspaccess>").toString());
    }

    private EmulatorReply batchDetail(Element root) {
        String batchId = text(root, "batchid");
        for (Batch batch : batches) {
            if (batch.batchId().equals(batchId)) {
                return rows(batch.transactions(), root);
            }
        }
        return reportingError("0009", "Error retrieving data.");
    }

    private EmulatorReply rows(List<Tx> rows, Element root) {
        int start;
        int end;
        try {
            start = Integer.parseInt(text(root, "startrow"));
            end = Integer.parseInt(text(root, "endrow"));
        } catch (RuntimeException e) {
            start = 1;
            end = 50;
        }
        if (end - start + 1 > 50) {
            return reportingError("0099", "Start Row and End Row range too large.");
        }
        StringBuilder out = new StringBuilder(ok()).append("<transactions>");
        for (int i = start - 1; i < Math.min(end, rows.size()); i++) {
            Tx tx = rows.get(i);
            out.append("<transaction>");
            element(out, "vpstxid", "{" + tx.id + "}");
            element(out, "vendortxcode", tx.vendorTxCode);
            element(out, "transactiontype", tx.type);
            element(out, "result", "Ok".equals(tx.status) ? "SUCCESS" : tx.status.toUpperCase());
            element(out, "amount", major(tx.amount, tx.currency).toPlainString());
            element(out, "currency", tx.currency);
            element(out, "started", REPORT_STAMP.format(tx.createdAt.atZone(UK)));
            if (tx.bankAuthCode != null) {
                element(out, "bankauthcode", tx.bankAuthCode);
            }
            if (tx.card != null) {
                element(out, "cardtype", tx.card.cardType());
            }
            out.append("</transaction>");
        }
        return EmulatorReply.xml(out.append("</transactions></vspaccess>").toString());
    }

    private String ok() {
        return "<vspaccess><errorcode>0000</errorcode><timestamp>" + REPORT_DATE.format(clock.instant().atZone(UK)) + "</timestamp>";
    }

    private EmulatorReply reportingError(String code, String message) {
        return EmulatorReply.xml("<vspaccess><errorcode>" + code + "</errorcode><error>" + escape(message) + "</error><timestamp>"
                + REPORT_DATE.format(clock.instant().atZone(UK)) + "</timestamp></vspaccess>");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static EmulatorReply error(int status, String code, String property, String description) {
        ObjectNode error = object().put("code", code).put("description", description);
        if (property != null) {
            error.put("property", property).put("clientMessage", description);
        }
        if (status == 422) {
            ObjectNode wrapper = object();
            wrapper.putArray("errors").add(error);
            return EmulatorReply.json(status, wrapper.toString());
        }
        return EmulatorReply.json(status, error.toString());
    }

    /** The numbers in an address line or postcode: all that UK AVS compares ("88 High Street" → "88", "G41 2AA" → "412"). */
    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    private static boolean validCurrency(String code) {
        try {
            return code.matches("[A-Z]{3}") && Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static BigDecimal major(long minor, String currency) {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String iso(Instant instant) {
        return instant.atZone(UK).toOffsetDateTime().toString();
    }

    private static String text(Element root, String name) {
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    private static void element(StringBuilder out, String name, String value) {
        out.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
