package io.tillbridge.sandbox.kashflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.sandbox.Emulator;
import io.tillbridge.sandbox.EmulatorReply;
import io.tillbridge.sandbox.EmulatorRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful emulator of KashFlow's REST v2 API and the SOAP operations Tillbridge needs, written
 * from the API reference (kashflow.md), not from Tillbridge's client.
 *
 * <p><b>REST</b> under {@code /v2}: the two-step {@code /sessiontoken} exchange with a memorable word
 * (three 1-based positions asked, characters compared ignoring case, the temporary token valid for
 * {@link #temporaryTokenLifetime}); {@code Authorization: KfToken …} on every other call, a session
 * expiring after {@link #sessionIdleLimit} without use (sliding, default 60 minutes on the injected
 * clock), {@code 401 {"Error":"InvalidSessionToken"}} otherwise; {@code AccountLocked} after
 * {@link #lockAfter} failed logins in a row. Customers by code, invoices by number with
 * {@code LineItems}, {@code PaymentLines}, {@code TotalPaidAmount} and a paid state, bulk payments,
 * bank accounts and transactions, nominals, the internal credits route. Lists page with
 * {@code page}/{@code perpage} as {@code {Data, MetaData}}.
 *
 * <p><b>SOAP</b> at {@code /api/service.asmx}: {@code SOAPAction "KashFlow/<Method>"}, {@code UserName}
 * and {@code Password} first, answers under HTTP 200 with {@code Status OK|NO} and
 * {@code StatusDetail}: {@code GetCustomer}, {@code InsertCustomer}, {@code UpdateCustomer}
 * (with {@code ExtraText1..20}/{@code CheckBox1..20}), {@code InsertInvoicePayment},
 * {@code GetInvoicePayment}, {@code DeleteInvoicePayment}, {@code GetInvPayMethods},
 * {@code InsertJournal} (lines must be {@code anyType xsi:type="JournalLine"}), {@code GetBankAccounts}.
 *
 * <p><b>Strict</b>: undocumented routes answer 404/405, undocumented query parameters and body fields
 * answer 400, unknown SOAP methods answer a SOAP fault with HTTP 500 (the ASMX default). Where the
 * reference leaves a status open (bad login, wrong memorable-word character) this emulator picks 400
 * with {@code {Error, Message}} and says so here.
 *
 * <p><b>Faults</b>: everything in {@link #faults()}, plus {@link #expireSessions()},
 * {@link #throttle(int, int)} (429 with {@code Retry-After}) and {@link #answerHtml(int)} (an HTML
 * error page, as a proxy in front of KashFlow would give).
 */
public final class KashFlowEmulator extends Emulator {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The documented {@code AccountLocked} message (reference: kashflow.md, corrections); SOAP's wording is undocumented, so the same. */
    private static final String ACCOUNT_LOCKED_MESSAGE = "User account is locked, please contact administrator.";
    private static final Pattern REST = Pattern.compile("/v2(/.*)");
    private static final Set<String> LIST_PARAMETERS = Set.of("page", "perpage", "sortby", "order", "filterby");
    private static final Set<String> INVOICE_SORT = Set.of("Number", "CustomerRef", "CustomerName", "InvoiceDate", "PaymentDueDate",
            "GrossAmount", "NetAmount", "Status");
    /** Fields an invoice may carry on POST/PUT: the documented ones and those this emulator answers with. */
    private static final Set<String> INVOICE_FIELDS = Set.of("Id", "Number", "CustomerId", "CustomerCode", "CustomerName",
            "CustomerReference", "CustomerDiscount", "IssuedDate", "DueDate", "PaidDate", "LastPaymentDate", "OverdueDays", "NetAmount",
            "VATAmount", "GrossAmount", "HomeCurrencyGrossAmount", "TotalPaidAmount", "DueAmount", "Status", "Currency", "Address",
            "DeliveryAddress", "Discount", "VATNumber", "LineItems", "PaymentLines", "Permalink", "EmailCount",
            "AutomaticCreditControlEnabled", "InvoiceInECMemberState", "InvoiceOutsideECMemberState", "SuppressNumber",
            "UpdateCustomerAddress", "UpdateCustomerDeliveryAddress", "UseCustomDeliveryAddress", "ReminderLetters");
    private static final Set<String> LINE_FIELDS = Set.of("Number", "Description", "Quantity", "Rate", "NominalCode", "ProductCode",
            "ProductName", "ProjectNumber", "VATAmount", "VATLevel", "VATExempt", "ApplyTax1", "ApplyTax2", "ApplyTax3", "ApplyTax4",
            "ApplyTax5", "Tax1Amount", "Tax2Amount", "Tax3Amount", "Tax4Amount", "Tax5Amount", "Id");
    private static final Set<String> BULK_FIELDS = Set.of("Number", "Date", "Comment", "AccountId", "Method", "Reconciled",
            "PaymentItems");
    private static final Set<String> BULK_ITEM_FIELDS = Set.of("Id", "Amount", "ContactName", "ContactReference", "ObjectIssuedDate",
            "ObjectNumber", "PaidDate");
    private static final Set<String> TRANSACTION_FIELDS = Set.of("Id", "AccountId", "TransactionNumber", "BFSTransactionId", "Date",
            "PaidIn", "MoneyOut", "Comment", "CustomerCode", "CustomerId", "SupplierCode", "ProjectId", "ResourceNumber", "Reconciled",
            "ReconciledId", "VATAble", "VATAmount", "VATPaid", "VATRate", "VATReturnId", "TransactionType");
    private static final Set<String> CUSTOMER_CREATE_FIELDS = Set.of("Code", "Name", "DisplayName", "Contacts", "Note", "VATNumber",
            "Source", "DiscountRate", "ShowDiscount", "IsRegisteredInEC", "IsRegisteredOutsideEC");

    private final String userName;
    private final String password;
    private final String memorableWord;
    private final Clock clock;
    private final Random random = new Random(7);
    private final Map<String, Instant> temporaryTokens = new HashMap<>();
    private final Map<String, List<Integer>> askedPositions = new HashMap<>();
    private final Map<String, Instant> sessions = new HashMap<>();
    private final Map<String, ObjectNode> customers = new LinkedHashMap<>();
    private final Map<Integer, ObjectNode> invoices = new TreeMap<>();
    private final Map<Long, ObjectNode> bankAccounts = new LinkedHashMap<>();
    private final Map<Long, List<ObjectNode>> transactions = new HashMap<>();
    private final Map<Integer, String> payMethods = new LinkedHashMap<>();
    private final List<ObjectNode> nominals = new ArrayList<>();
    private final List<ObjectNode> journals = new ArrayList<>();
    private final Map<Integer, ObjectNode> bulkPayments = new TreeMap<>();
    private final List<String> calls = new ArrayList<>();
    private Duration sessionIdleLimit = Duration.ofMinutes(60);
    private Duration temporaryTokenLifetime = Duration.ofMinutes(5);
    private int lockAfter = 5;
    private int failedLogins;
    private boolean locked;
    private int logins;
    private int throttleCalls;
    private int throttleSeconds;
    private int htmlCalls;
    private long nextId = 30_000_001L;
    private int nextCustomerId = 1;
    private int nextJournal = 1;
    private int nextBulk = 1;

    /**
     * Creates an emulator with one user; call {@code start()} to listen.
     *
     * @param userName      the REST and SOAP user name
     * @param password      the password for both
     * @param memorableWord at least three characters
     * @param clock         drives session expiry and dates
     */
    public KashFlowEmulator(String userName, String password, String memorableWord, Clock clock) {
        super("kashflow");
        if (memorableWord.length() < 3) {
            throw new IllegalArgumentException("a memorable word has at least three characters");
        }
        this.userName = userName;
        this.password = password;
        this.memorableWord = memorableWord;
        this.clock = clock;
        payMethods.put(1, "Cash");
        payMethods.put(2, "Cheque");
        payMethods.put(3, "Credit/Debit Card");
        payMethods.put(4, "BACS");
    }

    @Override
    public KashFlowEmulator start() {
        super.start();
        return this;
    }

    /**
     * The REST root to point a client at: {@code http://127.0.0.1:port/v2}.
     *
     * @return the REST root URL
     */
    public String restUrl() {
        return baseUrl() + "/v2";
    }

    /**
     * The SOAP endpoint: {@code http://127.0.0.1:port/api/service.asmx}.
     *
     * @return the SOAP endpoint URL
     */
    public String soapUrl() {
        return baseUrl() + "/api/service.asmx";
    }

    // ---- configuration and faults -------------------------------------------------------------

    /**
     * Sessions unused this long are refused (KashFlow: 60 minutes, "configurable").
     *
     * @param limit the idle limit
     * @return this emulator
     */
    public synchronized KashFlowEmulator sessionIdleLimit(Duration limit) {
        this.sessionIdleLimit = limit;
        return this;
    }

    /**
     * How long step 2 of the login may follow step 1 (KashFlow: "x minutes").
     *
     * @param lifetime how long the temporary token lives
     * @return this emulator
     */
    public synchronized KashFlowEmulator temporaryTokenLifetime(Duration lifetime) {
        this.temporaryTokenLifetime = lifetime;
        return this;
    }

    /**
     * Failed logins in a row that lock the account.
     *
     * @param failures the number of failures
     * @return this emulator
     */
    public synchronized KashFlowEmulator lockAfter(int failures) {
        this.lockAfter = failures;
        return this;
    }

    /**
     * Every session token issued so far stops working now, as after 60 idle minutes.
     *
     * @return this emulator
     */
    public synchronized KashFlowEmulator expireSessions() {
        sessions.clear();
        return this;
    }

    /**
     * The next {@code calls} calls answer 429 with {@code Retry-After: seconds}, unprocessed.
     *
     * @param calls             how many calls to refuse
     * @param retryAfterSeconds the {@code Retry-After} value
     * @return this emulator
     */
    public synchronized KashFlowEmulator throttle(int calls, int retryAfterSeconds) {
        this.throttleCalls = calls;
        this.throttleSeconds = retryAfterSeconds;
        return this;
    }

    /**
     * The next {@code calls} calls answer 502 with an HTML page, unprocessed.
     *
     * @param calls how many calls to answer so
     * @return this emulator
     */
    public synchronized KashFlowEmulator answerHtml(int calls) {
        this.htmlCalls = calls;
        return this;
    }

    /**
     * Unlocks the account (what an administrator does).
     *
     * @return this emulator
     */
    public synchronized KashFlowEmulator unlock() {
        locked = false;
        failedLogins = 0;
        return this;
    }

    // ---- seeding --------------------------------------------------------------------------------

    /**
     * Adds a customer with an address.
     *
     * @param code        the customer code
     * @param name        the customer's name
     * @param countryCode the address's country code
     */
    public synchronized void seedCustomer(String code, String name, String countryCode) {
        ObjectNode customer = JSON.createObjectNode().put("Id", nextCustomerId).put("CustomerID", nextCustomerId++)
                .put("Code", code).put("Name", name).put("DisplayName", name).put("Email", "")
                .put("Address1", "1 High Street").put("Address2", "").put("Address3", "").put("Address4", "")
                .put("Postcode", "AB1 2CD").put("CountryCode", countryCode).put("CountryName", "")
                .put("CreatedDate", now()).put("LastUpdatedDate", now())
                .put("TotalPaidAmount", BigDecimal.ZERO).put("InvoicedNetAmount", BigDecimal.ZERO)
                .put("EC", 0).put("OutsideEC", 0).put("Source", 0).put("Discount", 0).put("ShowDiscount", 0)
                .put("CurrencyID", 0).put("CustHasDeliveryAddress", 0);
        for (int i = 1; i <= 20; i++) {
            customer.put("ExtraText" + i, "");
        }
        for (int i = 1; i <= 20; i++) {
            customer.put("CheckBox" + i, 0);
        }
        customers.put(code, customer);
    }

    /**
     * Adds an invoice of one line ({@code net} at {@code vatPercent}) in a currency; returns its gross.
     *
     * @param number       the invoice number
     * @param customerCode the customer's code
     * @param currencyCode the ISO 4217 code
     * @param net          the line's net amount
     * @param vatPercent   the VAT rate, in percent
     * @return the invoice's gross amount
     */
    public synchronized BigDecimal seedInvoice(int number, String customerCode, String currencyCode, BigDecimal net,
                                               BigDecimal vatPercent) {
        ObjectNode body = JSON.createObjectNode().put("Number", number).put("CustomerCode", customerCode)
                .put("IssuedDate", now()).put("DueDate", now());
        body.putObject("Currency").put("Code", currencyCode);
        body.putArray("LineItems").addObject().put("Description", "Goods").put("Quantity", 1).put("Rate", net)
                .put("NominalCode", 4000).put("VATLevel", vatPercent);
        ObjectNode invoice = newInvoice(body);
        return invoice.get("GrossAmount").decimalValue();
    }

    /**
     * Adds a bank account; the first one is the default.
     *
     * @param id   the account's id
     * @param name the account's name
     */
    public synchronized void seedBankAccount(long id, String name) {
        bankAccounts.put(id, JSON.createObjectNode().put("Id", id).put("Code", 1200 + bankAccounts.size()).put("AccountName", name)
                .put("IsDefaultAccount", bankAccounts.isEmpty()).put("IsArchived", false).put("StartingAmount", BigDecimal.ZERO)
                .put("BankBalance", BigDecimal.ZERO));
        transactions.put(id, new ArrayList<>());
    }

    /**
     * Adds a nominal code.
     *
     * @param id   the nominal's id
     * @param code the nominal code
     * @param name the nominal's name
     */
    public synchronized void seedNominal(long id, int code, String name) {
        nominals.add(JSON.createObjectNode().put("Id", id).put("Code", code).put("Name", name));
    }

    // ---- inspection -----------------------------------------------------------------------------

    /**
     * An invoice as stored (a copy), or null.
     *
     * @param number the invoice number
     * @return the invoice's JSON, or null
     */
    public synchronized ObjectNode invoice(int number) {
        ObjectNode invoice = invoices.get(number);
        return invoice == null ? null : invoice.deepCopy();
    }

    /**
     * A customer as stored (a copy), or null.
     *
     * @param code the customer code
     * @return the customer's JSON, or null
     */
    public synchronized ObjectNode customer(String code) {
        ObjectNode customer = customers.get(code);
        return customer == null ? null : customer.deepCopy();
    }

    /**
     * The transactions posted to a bank account, as stored (copies).
     *
     * @param accountId the bank account's id
     * @return the transactions; empty for an unknown account
     */
    public synchronized List<ObjectNode> bankTransactions(long accountId) {
        return transactions.getOrDefault(accountId, List.of()).stream().map(ObjectNode::deepCopy).toList();
    }

    /**
     * The journals posted, as stored (copies).
     *
     * @return the journals
     */
    public synchronized List<ObjectNode> journals() {
        return journals.stream().map(ObjectNode::deepCopy).toList();
    }

    /**
     * Completed logins (step 2 answered with a session token).
     *
     * @return the number of logins
     */
    public synchronized int logins() {
        return logins;
    }

    /**
     * Sessions that are still valid.
     *
     * @return the number of active sessions
     */
    public synchronized int activeSessions() {
        return sessions.size();
    }

    /**
     * Whether failed logins have locked the account.
     *
     * @return true when locked
     */
    public synchronized boolean locked() {
        return locked;
    }

    /**
     * How many calls were answered whose {@code "METHOD path"} (SOAP: {@code "SOAP Method"}) this selects.
     *
     * @param selects which calls to count
     * @return the number of calls
     */
    public synchronized long calls(Predicate<String> selects) {
        return calls.stream().filter(selects).count();
    }

    /**
     * Calls as {@code "METHOD path"} or {@code "SOAP Method"}, in order.
     *
     * @return the calls
     */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    // ---- dispatch ---------------------------------------------------------------------------------

    @Override
    protected synchronized EmulatorReply handle(EmulatorRequest request) {
        if (throttleCalls > 0) {
            throttleCalls--;
            return new EmulatorReply(429, "", Map.of("Retry-After", Integer.toString(throttleSeconds)));
        }
        if (htmlCalls > 0) {
            htmlCalls--;
            return new EmulatorReply(502, "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>",
                    Map.of("Content-Type", "text/html"));
        }
        if (request.path().equals("/api/service.asmx")) {
            return KashFlowSoap.handle(this, request);
        }
        Matcher m = REST.matcher(request.path());
        if (!m.matches()) {
            return error(404, "NotFound", "No HTTP resource was found that matches the request URI.");
        }
        String path = m.group(1);
        calls.add(request.method() + " " + path);
        try {
            if (path.equals("/sessiontoken")) {
                return sessionToken(request);
            }
            String token = authorised(request);
            if (token == null) {
                return error(401, "InvalidSessionToken", "Session token provided is invalid.");
            }
            sessions.put(token, clock.instant()); // sliding window
            return route(request, path);
        } catch (BadRequest e) {
            return error(400, e.code, e.getMessage());
        }
    }

    private String authorised(EmulatorRequest request) {
        String header = request.header("Authorization");
        if (header == null || !header.startsWith("KfToken ")) {
            return null;
        }
        String token = header.substring("KfToken ".length()).trim();
        Instant lastUsed = sessions.get(token);
        if (lastUsed == null) {
            return null;
        }
        if (!clock.instant().isBefore(lastUsed.plus(sessionIdleLimit))) {
            sessions.remove(token);
            return null;
        }
        return token;
    }

    private EmulatorReply sessionToken(EmulatorRequest request) {
        switch (request.method()) {
            case "POST" -> {
                ObjectNode body = body(request);
                if (locked) {
                    return error(401, "AccountLocked", ACCOUNT_LOCKED_MESSAGE);
                }
                String user = field(body, "UserName");
                String pass = field(body, "Password");
                if (!userName.equals(user) || !password.equals(pass)) {
                    return loginFailed();
                }
                String temporary = UUID.randomUUID().toString();
                List<Integer> positions = positions();
                temporaryTokens.put(temporary, clock.instant());
                askedPositions.put(temporary, positions);
                ObjectNode answer = JSON.createObjectNode().put("TemporaryToken", temporary);
                ArrayNode list = answer.putArray("MemorableWordList");
                positions.forEach(p -> list.addObject().put("Position", p).put("Value", ""));
                answer.put("HasTemporaryPassword", false).put("IsAdmin", true).put("PackageName", "Emulated")
                        .put("PartnerBrandingOptOut", false).put("PartnerId", 0).put("SubscriptionExpired", false);
                return EmulatorReply.json(200, answer.toString());
            }
            case "PUT" -> {
                ObjectNode body = body(request);
                if (locked) {
                    return error(401, "AccountLocked", ACCOUNT_LOCKED_MESSAGE);
                }
                String temporary = field(body, "TemporaryToken");
                Instant issued = temporary == null ? null : temporaryTokens.remove(temporary);
                List<Integer> asked = temporary == null ? null : askedPositions.remove(temporary);
                if (issued == null || !clock.instant().isBefore(issued.plus(temporaryTokenLifetime))) {
                    return error(400, "InvalidTemporaryToken", "Temporary token is invalid or has expired.");
                }
                JsonNode given = body.get("MemorableWordList");
                if (given == null || !given.isArray() || given.size() != asked.size()) {
                    return loginFailed();
                }
                for (JsonNode character : given) {
                    int position = character.path("Position").asInt(-1);
                    String value = character.path("Value").asText("");
                    if (!asked.contains(position) || value.length() != 1
                            || !value.equalsIgnoreCase(String.valueOf(memorableWord.charAt(position - 1)))) {
                        return loginFailed();
                    }
                }
                failedLogins = 0;
                logins++;
                String token = UUID.randomUUID().toString();
                sessions.put(token, clock.instant());
                return EmulatorReply.json(200, JSON.createObjectNode().put("SessionToken", token).put("CompanyName", "Emulated Ltd")
                        .put("IsAdmin", true).put("SubscriptionExpired", false).put("HasTemporaryPassword", false).toString());
            }
            case "DELETE" -> {
                String token = authorised(request);
                if (token == null) {
                    return error(401, "InvalidSessionToken", "Session token provided is invalid.");
                }
                sessions.remove(token);
                return EmulatorReply.empty(204);
            }
            default -> {
                return error(405, "MethodNotAllowed", "The requested resource does not support http method '" + request.method() + "'.");
            }
        }
    }

    private EmulatorReply loginFailed() {
        failedLogins++;
        if (failedLogins >= lockAfter) {
            locked = true;
            return error(401, "AccountLocked", ACCOUNT_LOCKED_MESSAGE);
        }
        return error(400, "InvalidCredentials", "The login details are not correct.");
    }

    private List<Integer> positions() {
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= memorableWord.length(); i++) {
            all.add(i);
        }
        java.util.Collections.shuffle(all, random);
        List<Integer> three = new ArrayList<>(all.subList(0, 3));
        three.sort(null);
        return three;
    }

    private EmulatorReply route(EmulatorRequest request, String path) {
        String method = request.method();
        String[] parts = path.substring(1).split("/");
        switch (parts[0]) {
            case "customers" -> {
                if (parts.length == 1 && method.equals("GET")) {
                    return list(request, new ArrayList<>(customers.values()).stream().map(this::restCustomer).toList());
                }
                if (parts.length == 1 && method.equals("POST")) {
                    return createCustomer(body(request));
                }
                if (parts.length == 2 && method.equals("GET")) {
                    noQuery(request);
                    ObjectNode customer = customers.get(parts[1]);
                    return customer == null ? error(404, "NotFound", "Customer not found.")
                            : EmulatorReply.json(200, restCustomer(customer).toString());
                }
            }
            case "invoices" -> {
                if (parts.length == 1 && method.equals("GET")) {
                    String sortBy = request.query().get("sortby");
                    if (sortBy != null && !INVOICE_SORT.contains(sortBy)) {
                        throw new BadRequest("InvalidSortBy", "sortby '" + sortBy + "' is not supported");
                    }
                    String order = request.query().get("order");
                    if (order != null && !order.equals("Asc") && !order.equals("Desc")) {
                        throw new BadRequest("InvalidOrder", "order must be Asc or Desc");
                    }
                    List<ObjectNode> rows = new ArrayList<>(invoices.values().stream().map(this::summary).toList());
                    if ("Desc".equals(order)) {
                        java.util.Collections.reverse(rows);
                    }
                    return list(request, rows);
                }
                if (parts.length == 1 && method.equals("POST")) {
                    ObjectNode body = body(request);
                    strict(body, INVOICE_FIELDS, "");
                    ObjectNode invoice = newInvoice(body);
                    return new EmulatorReply(201, invoice.toString(), Map.of("Content-Type", "application/json",
                            "Location", restUrl() + "/invoices/" + invoice.get("Number").asInt()));
                }
                if (parts.length == 4 && parts[1].equals("bulk") && parts[2].equals("payments") && method.equals("GET")) {
                    ObjectNode bulk = bulkPayments.get(integer(parts[3]));
                    return bulk == null ? error(404, "NotFound", "Bulk payment not found.") : EmulatorReply.json(200, bulk.toString());
                }
                if (parts.length == 3 && parts[1].equals("bulk") && parts[2].equals("payments") && method.equals("POST")) {
                    return bulkPayment(body(request));
                }
                if (parts.length == 2) {
                    ObjectNode invoice = invoices.get(integer(parts[1]));
                    if (invoice == null) {
                        return error(404, "NotFound", "Invoice not found.");
                    }
                    switch (method) {
                        case "GET" -> {
                            noQuery(request);
                            return EmulatorReply.json(200, invoice.toString());
                        }
                        case "PUT" -> {
                            ObjectNode body = body(request);
                            strict(body, INVOICE_FIELDS, "");
                            if (body.has("CustomerReference")) {
                                invoice.put("CustomerReference", body.get("CustomerReference").asText());
                            }
                            if (body.has("DueDate")) {
                                invoice.put("DueDate", body.get("DueDate").asText());
                            }
                            return EmulatorReply.json(200, invoice.toString());
                        }
                        case "DELETE" -> {
                            if (invoice.get("PaymentLines").size() > 0) {
                                throw new BadRequest("InvoiceHasPayments", "An invoice with payments cannot be deleted.");
                            }
                            invoices.remove(invoice.get("Number").asInt());
                            return EmulatorReply.empty(204);
                        }
                        default -> {
                        }
                    }
                }
            }
            case "internal" -> {
                if (parts.length == 4 && parts[1].equals("invoices") && parts[3].equals("credits") && method.equals("GET")) {
                    long id = integer(parts[2]);
                    ArrayNode credits = JSON.createArrayNode();
                    invoices.values().stream().filter(i -> i.get("Id").asLong() == id).findFirst().ifPresent(invoice -> {
                        BigDecimal over = invoice.get("TotalPaidAmount").decimalValue().subtract(invoice.get("GrossAmount").decimalValue());
                        if (over.signum() > 0) {
                            credits.addObject().put("Id", id).put("Amount", over).put("Date", now()).put("Type", "OverPayment")
                                    .put("Comment", "");
                        }
                    });
                    return EmulatorReply.json(200, credits.toString());
                }
            }
            case "bankaccounts" -> {
                if (parts.length == 1 && method.equals("GET")) {
                    return list(request, new ArrayList<>(bankAccounts.values()));
                }
                if (parts.length == 3 && parts[2].equals("transactions")) {
                    long accountId = integer(parts[1]);
                    if (!bankAccounts.containsKey(accountId)) {
                        return error(404, "NotFound", "Bank account not found.");
                    }
                    if (method.equals("GET")) {
                        return list(request, new ArrayList<>(transactions.get(accountId)));
                    }
                    if (method.equals("POST")) {
                        ObjectNode body = body(request);
                        strict(body, TRANSACTION_FIELDS, "");
                        BigDecimal in = decimal(body, "PaidIn");
                        BigDecimal out = decimal(body, "MoneyOut");
                        if (in.signum() < 0 || out.signum() < 0 || in.signum() == 0 == (out.signum() == 0)) {
                            throw new BadRequest("InvalidAmount", "exactly one of PaidIn and MoneyOut must be positive");
                        }
                        ObjectNode transaction = transaction(accountId, body.path("Date").asText(now()), in, out,
                                body.path("Comment").asText(""), body.path("TransactionType").asInt(0), null);
                        return EmulatorReply.json(201, transaction.toString());
                    }
                }
            }
            case "nominals" -> {
                if (parts.length == 1 && method.equals("GET")) {
                    return list(request, new ArrayList<>(nominals));
                }
            }
            default -> {
                return error(404, "NotFound", "No HTTP resource was found that matches the request URI.");
            }
        }
        return error(405, "MethodNotAllowed", "The requested resource does not support http method '" + method + "'.");
    }

    // ---- REST resources ---------------------------------------------------------------------------

    private EmulatorReply createCustomer(ObjectNode body) {
        strict(body, CUSTOMER_CREATE_FIELDS, "");
        String name = field(body, "Name");
        if (name == null || name.isBlank()) {
            throw new BadRequest("InvalidName", "Name is required.");
        }
        String code = field(body, "Code");
        if (code == null || code.isBlank()) {
            code = (name.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT) + "XXX").substring(0, 3)
                    + String.format("%02d", customers.size() + 1);
        }
        if (customers.containsKey(code)) {
            throw new BadRequest("DuplicateCode", "A customer with code " + code + " already exists.");
        }
        seedCustomer(code, name, "GB");
        return EmulatorReply.json(201, restCustomer(customers.get(code)).toString());
    }

    private ObjectNode restCustomer(ObjectNode stored) {
        ObjectNode out = JSON.createObjectNode();
        for (String field : List.of("Id", "Code", "Name", "DisplayName", "CreatedDate", "LastUpdatedDate", "TotalPaidAmount",
                "InvoicedNetAmount")) {
            out.set(field, stored.get(field));
        }
        out.put("VATNumber", stored.path("VATNumber").asText(""));
        out.put("IsRegisteredInEC", stored.path("EC").asInt(0) == 1);
        out.put("IsRegisteredOutsideEC", stored.path("OutsideEC").asInt(0) == 1);
        return out;
    }

    private ObjectNode newInvoice(ObjectNode body) {
        String customerCode = field(body, "CustomerCode");
        ObjectNode customer = customerCode == null ? null : customers.get(customerCode);
        if (customer == null) {
            throw new BadRequest("InvalidCustomer", "Customer code '" + customerCode + "' does not exist.");
        }
        JsonNode lines = body.get("LineItems");
        if (lines == null || !lines.isArray() || lines.isEmpty()) {
            throw new BadRequest("InvalidLineItems", "At least one line item is required.");
        }
        int number = body.path("Number").asInt(0);
        if (number <= 0 || invoices.containsKey(number)) {
            number = invoices.isEmpty() ? 1 : ((TreeMap<Integer, ObjectNode>) invoices).lastKey() + 1;
        }
        JsonNode currencyNode = body.path("Currency");
        String currency = currencyNode.path("Code").asText("GBP");
        int scale = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        ArrayNode items = JSON.createArrayNode();
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        int lineNumber = 1;
        for (JsonNode line : lines) {
            if (!line.isObject()) {
                throw new BadRequest("InvalidLineItems", "Line items are objects.");
            }
            strict((ObjectNode) line, LINE_FIELDS, "LineItems.");
            BigDecimal quantity = decimal(line, "Quantity");
            BigDecimal rate = decimal(line, "Rate");
            BigDecimal level = decimal(line, "VATLevel");
            if (quantity.signum() <= 0) {
                throw new BadRequest("InvalidQuantity", "Quantity must be positive.");
            }
            BigDecimal lineNet = quantity.multiply(rate).setScale(scale, RoundingMode.HALF_EVEN);
            BigDecimal lineVat = lineNet.multiply(level).divide(BigDecimal.valueOf(100), scale, RoundingMode.HALF_EVEN);
            net = net.add(lineNet);
            vat = vat.add(lineVat);
            ObjectNode item = ((ObjectNode) line).deepCopy().put("Number", lineNumber++).put("VATAmount", lineVat);
            items.add(item);
        }
        ObjectNode invoice = JSON.createObjectNode().put("Id", nextId++).put("Number", number)
                .put("CustomerId", customer.get("Id").asLong()).put("CustomerCode", customerCode)
                .put("CustomerName", customer.get("Name").asText())
                .put("CustomerReference", body.path("CustomerReference").asText(""))
                .put("IssuedDate", body.path("IssuedDate").asText(now())).put("DueDate", body.path("DueDate").asText(now()))
                .putNull("PaidDate").putNull("LastPaymentDate")
                .put("NetAmount", net).put("VATAmount", vat).put("GrossAmount", net.add(vat))
                .put("TotalPaidAmount", BigDecimal.ZERO.setScale(scale)).put("DueAmount", net.add(vat)).put("Status", "Unpaid");
        invoice.putObject("Currency").put("Code", currency).put("Name", java.util.Currency.getInstance(currency).getDisplayName())
                .put("ExchangeRate", BigDecimal.ONE).put("Symbol", java.util.Currency.getInstance(currency).getSymbol(Locale.UK))
                .put("DisplayOnRight", false);
        invoice.set("LineItems", items);
        invoice.putArray("PaymentLines");
        invoice.put("Permalink", "https://app.kashflow.com/documents/invoice/" + UUID.randomUUID());
        invoices.put(number, invoice);
        return invoice;
    }

    private ObjectNode summary(ObjectNode invoice) {
        ObjectNode summary = invoice.deepCopy();
        summary.putNull("LineItems");
        summary.putNull("PaymentLines");
        summary.putNull("Currency");
        return summary;
    }

    /** Records a payment against an invoice and the bank; returns the payment line. */
    synchronized ObjectNode pay(int invoiceNumber, String date, BigDecimal amount, int method, long accountId, String note, Long bulkId) {
        ObjectNode invoice = invoices.get(invoiceNumber);
        long id = nextId++;
        ObjectNode line = JSON.createObjectNode().put("Id", id).put("Date", date).put("Amount", amount).put("Method", method)
                .put("AccountId", accountId).put("Note", note).put("PaymentProcessor", 0).put("IsPaymentCreditNote", false);
        if (bulkId != null) {
            line.put("BulkId", bulkId);
        } else {
            line.putNull("BulkId");
        }
        ((ArrayNode) invoice.get("PaymentLines")).add(line);
        recompute(invoice, date);
        transaction(accountId, date, amount, BigDecimal.ZERO, note, 1, invoiceNumber);
        return line;
    }

    /** Removes a payment line by id from whichever invoice holds it; false when none does. */
    synchronized boolean unpay(long paymentId) {
        for (ObjectNode invoice : invoices.values()) {
            Iterator<JsonNode> lines = invoice.get("PaymentLines").iterator();
            while (lines.hasNext()) {
                JsonNode line = lines.next();
                if (line.get("Id").asLong() == paymentId) {
                    lines.remove();
                    recompute(invoice, now());
                    long accountId = line.get("AccountId").asLong();
                    transactions.getOrDefault(accountId, new ArrayList<>()).removeIf(t -> t.path("TransactionType").asInt() == 1
                            && t.path("ResourceNumber").asInt() == invoice.get("Number").asInt()
                            && t.path("PaidIn").decimalValue().compareTo(line.get("Amount").decimalValue()) == 0
                            && t.path("Comment").asText().equals(line.path("Note").asText()));
                    return true;
                }
            }
        }
        return false;
    }

    private void recompute(ObjectNode invoice, String date) {
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode line : invoice.get("PaymentLines")) {
            paid = paid.add(line.get("Amount").decimalValue());
        }
        int scale = java.util.Currency.getInstance(invoice.path("Currency").path("Code").asText("GBP")).getDefaultFractionDigits();
        paid = paid.setScale(scale, RoundingMode.HALF_EVEN);
        BigDecimal gross = invoice.get("GrossAmount").decimalValue();
        invoice.put("TotalPaidAmount", paid).put("DueAmount", gross.subtract(paid).max(BigDecimal.ZERO));
        if (paid.compareTo(gross) >= 0) {
            invoice.put("Status", "Paid").put("PaidDate", date);
        } else {
            invoice.put("Status", paid.signum() > 0 ? "Partially Paid" : "Unpaid").putNull("PaidDate");
        }
        if (invoice.get("PaymentLines").isEmpty()) {
            invoice.putNull("LastPaymentDate");
        } else {
            invoice.put("LastPaymentDate", date);
        }
    }

    private ObjectNode transaction(long accountId, String date, BigDecimal in, BigDecimal out, String comment, int type,
                                   Integer resourceNumber) {
        List<ObjectNode> list = transactions.computeIfAbsent(accountId, id -> new ArrayList<>());
        ObjectNode transaction = JSON.createObjectNode().put("Id", nextId++).put("AccountId", accountId)
                .put("TransactionNumber", list.size() + 1).put("Date", date).put("PaidIn", in).put("MoneyOut", out)
                .put("Comment", comment).put("Reconciled", false).put("TransactionType", type).put("VATAble", false)
                .put("VATAmount", BigDecimal.ZERO);
        if (resourceNumber != null) {
            transaction.put("ResourceNumber", resourceNumber);
        }
        list.add(transaction);
        ObjectNode account = bankAccounts.get(accountId);
        if (account != null) {
            account.put("BankBalance", account.get("BankBalance").decimalValue().add(in).subtract(out));
        }
        return transaction;
    }

    private EmulatorReply bulkPayment(ObjectNode body) {
        strict(body, BULK_FIELDS, "");
        long accountId = body.path("AccountId").asLong(0);
        int method = body.path("Method").asInt(0);
        if (!bankAccounts.containsKey(accountId)) {
            throw new BadRequest("InvalidAccount", "AccountId " + accountId + " is not a bank account.");
        }
        if (!payMethods.containsKey(method)) {
            throw new BadRequest("InvalidMethod", "Method " + method + " is not a payment method.");
        }
        JsonNode items = body.get("PaymentItems");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new BadRequest("InvalidPaymentItems", "At least one payment item is required.");
        }
        for (JsonNode item : items) {
            strict((ObjectNode) item, BULK_ITEM_FIELDS, "PaymentItems.");
            if (!invoices.containsKey(item.path("ObjectNumber").asInt(0))) {
                throw new BadRequest("InvalidObjectNumber", "Invoice " + item.path("ObjectNumber").asText() + " does not exist.");
            }
            if (decimal(item, "Amount").signum() <= 0) {
                throw new BadRequest("InvalidAmount", "Amount must be positive.");
            }
        }
        int number = nextBulk++;
        long bulkId = nextId++;
        String date = body.path("Date").asText(now());
        ObjectNode bulk = body.deepCopy().put("Number", number).put("Id", bulkId);
        for (JsonNode item : items) {
            pay(item.get("ObjectNumber").asInt(), date, decimal(item, "Amount"), method, accountId, body.path("Comment").asText(""), bulkId);
        }
        bulkPayments.put(number, bulk);
        return EmulatorReply.json(201, bulk.toString());
    }

    private EmulatorReply list(EmulatorRequest request, List<ObjectNode> all) {
        for (String name : request.query().keySet()) {
            if (!LIST_PARAMETERS.contains(name)) {
                throw new BadRequest("InvalidParameter", "Query parameter '" + name + "' is not supported.");
            }
        }
        int page = Math.max(1, integer(request.query().getOrDefault("page", "1")));
        int perPage = Math.max(1, integer(request.query().getOrDefault("perpage", "25")));
        int from = Math.min(all.size(), (page - 1) * perPage);
        int to = Math.min(all.size(), from + perPage);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode data = out.putArray("Data");
        all.subList(from, to).forEach(data::add);
        int last = Math.max(1, (all.size() + perPage - 1) / perPage);
        ObjectNode meta = out.putObject("MetaData").put("FirstPageUrl", "?page=1&perpage=" + perPage)
                .put("LastPageUrl", "?page=" + last + "&perpage=" + perPage).put("TotalRecords", all.size());
        if (to < all.size()) {
            meta.put("NextPageUrl", "?page=" + (page + 1) + "&perpage=" + perPage);
        } else {
            meta.putNull("NextPageUrl");
        }
        if (page > 1) {
            meta.put("PreviousPageUrl", "?page=" + (page - 1) + "&perpage=" + perPage);
        } else {
            meta.putNull("PreviousPageUrl");
        }
        return EmulatorReply.json(200, out.toString());
    }

    // ---- SOAP-side state, for KashFlowSoap --------------------------------------------------------

    /**
     * Checks SOAP credentials the way the REST login does: a wrong user name or password counts as a
     * failed login towards {@link #lockAfter}, a right one resets the count, and a locked account
     * refuses even right ones.
     *
     * @return null when accepted, else the {@code StatusDetail} of the {@code NO} answer
     */
    String soapRefusal(String user, String pass) {
        if (locked) {
            return ACCOUNT_LOCKED_MESSAGE;
        }
        if (!userName.equals(user) || !password.equals(pass)) {
            failedLogins++;
            if (failedLogins >= lockAfter) {
                locked = true;
                return ACCOUNT_LOCKED_MESSAGE;
            }
            return "Incorrect username or password";
        }
        failedLogins = 0;
        return null;
    }

    void soapCall(String method) {
        calls.add("SOAP " + method);
    }

    Map<String, ObjectNode> customersTable() {
        return customers;
    }

    Map<Integer, ObjectNode> invoicesTable() {
        return invoices;
    }

    Map<Integer, String> payMethodsTable() {
        return payMethods;
    }

    Map<Long, ObjectNode> bankAccountsTable() {
        return bankAccounts;
    }

    int newCustomerId() {
        return nextCustomerId++;
    }

    int recordJournal(ObjectNode journal) {
        int number = nextJournal++;
        journal.put("JournalNumber", number);
        journals.add(journal);
        return number;
    }

    String now() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + " 12:00:00";
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static void noQuery(EmulatorRequest request) {
        if (!request.query().isEmpty()) {
            throw new BadRequest("InvalidParameter", "Query parameter '" + request.query().keySet().iterator().next()
                    + "' is not supported.");
        }
    }

    private static void strict(ObjectNode body, Set<String> allowed, String prefix) {
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (allowed.stream().noneMatch(a -> a.equalsIgnoreCase(name))) {
                throw new BadRequest("InvalidField", "Field '" + prefix + name + "' is not recognised.");
            }
        }
    }

    /** A field read ignoring case, as KashFlow reads request bodies (clients send both casings). */
    private static String field(JsonNode body, String name) {
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().isNull() ? null : field.getValue().asText();
            }
        }
        return null;
    }

    private static BigDecimal decimal(JsonNode body, String name) {
        String text = field(body, name);
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadRequest("InvalidField", name + " is not a number.");
        }
    }

    private static ObjectNode body(EmulatorRequest request) {
        try {
            JsonNode node = JSON.readTree(request.body());
            if (node == null || !node.isObject()) {
                throw new BadRequest("InvalidRequest", "The request body must be a JSON object.");
            }
            return (ObjectNode) node;
        } catch (java.io.IOException e) {
            throw new BadRequest("InvalidRequest", "The request body is not valid JSON.");
        }
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadRequest("InvalidParameter", "'" + text + "' is not a number.");
        }
    }

    private static EmulatorReply error(int status, String code, String message) {
        return EmulatorReply.json(status, JSON.createObjectNode().put("Error", code).put("Message", message).toString());
    }

    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String code;

        BadRequest(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}
