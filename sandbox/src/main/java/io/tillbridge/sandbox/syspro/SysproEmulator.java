package io.tillbridge.sandbox.syspro;

import io.tillbridge.sandbox.Emulator;
import io.tillbridge.sandbox.EmulatorReply;
import io.tillbridge.sandbox.EmulatorRequest;
import io.tillbridge.sandbox.syspro.EnetDocument.In;
import io.tillbridge.sandbox.syspro.EnetDocument.Out;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A stateful emulator of SYSPRO's e.net Communications Load Balancer REST endpoint, written from the API
 * reference (syspro.md), not from Tillbridge's client.
 *
 * <p>Wire: every call is a GET under {@code /SYSPROWCFService/Rest} (paths case-insensitive) with its
 * arguments in the query; answers are HTTP 200 with a raw body (SYSPRO 7, {@code application/octet-stream})
 * or a JSON-quoted string (SYSPRO 8), selectable with {@link #framing}. XML answers carry the
 * Windows-1252 declaration, the root attributes the recordings show, space-padded numbers, and
 * lower-cased Setup answers. Errors come in the three layers: {@code ERROR: …} text for the service and
 * sessions, {@code ERROR: …} text for business-object exceptions ({@code e.net exception raised: 100000}
 * for an unlicensed or unknown business object), and per-field {@code ErrorNumber}/{@code ErrorDescription}
 * blocks with a {@code StatusOfItems} trailer.
 *
 * <p>State: operators and companies; sessions bound to one company that expire after an idle time and
 * that a second logon of the same operator ends; customers; stock codes with quantities per warehouse;
 * sales orders (SORTOI creates, in the status its {@code OrderStatus} parameter names, SORQRY reads,
 * SORTOS changes the status — leaving suspense needs a credit authority); AR invoices with balances and AR payments against them
 * (ARSTPY); credit notes (SORTCH, SORTCI) and their lines (SORTCL, valued); GL journals that must balance, use known ledger codes and hit
 * an open period (GENTJL); COMFND queries over all of it; GetLogonProfile.
 *
 * <p>The table and column names COMFND answers for are SYSPRO's data-dictionary names
 * ({@code SorMaster}, {@code ArCustomer}, {@code ArInvoice}, {@code ArInvoicePay}, {@code GenJournalCtl},
 * {@code InvWarehouse}); the reference does not list table layouts, so they are a best reading.
 */
public final class SysproEmulator extends Emulator {

    private static final String ROOT = "/sysprowcfservice/rest";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final String SESSION_INVALID = "ERROR: The supplied UserID is invalid.";
    private static final Set<String> KNOWN_OBJECTS = Set.of("SORTOI", "SORQRY", "INVQRY", "ARSQRY", "ARSSCS", "ARSTPY", "SORTCH",
            "SORTCI", "SORTCL", "SORTOS", "GENTJL", "COMFND");

    /** How answers are framed. */
    public enum Framing {
        /** The raw string as the body, {@code application/octet-stream} (SYSPRO 7 recordings). */
        SYSPRO7_RAW,
        /** The string as a JSON string literal (SYSPRO 8, one production client). */
        SYSPRO8_JSON
    }

    private record Operator(String code, String password) {
    }

    private record Company(String id, String password, String name, String currency) {
    }

    private static final class Session {
        final String id;
        final String operator;
        final String company;
        Instant lastUsed;

        Session(String id, String operator, String company, Instant lastUsed) {
            this.id = id;
            this.operator = operator;
            this.company = company;
            this.lastUsed = lastUsed;
        }
    }

    private final Clock clock;
    private final Map<String, Operator> operators = new HashMap<>();
    private final Map<String, Company> companies = new HashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private final Set<String> unlicensed = new HashSet<>();
    private final Map<String, Integer> calls = new LinkedHashMap<>();
    private final SysproBooks books = new SysproBooks();
    private Framing framing = Framing.SYSPRO7_RAW;
    private Duration idleTimeout = Duration.ofMinutes(30);
    private boolean oneSessionPerOperator = true;
    private boolean omitOrderBlock;
    private volatile boolean windows1252Bytes;
    private long nextSession = 0x3EA613166FE4BF47L;
    private int logons;

    /**
     * Creates an emulator; call {@link #start()} to listen.
     *
     * @param clock the clock for session idle time
     */
    public SysproEmulator(Clock clock) {
        super("syspro");
        this.clock = clock;
    }

    @Override
    public SysproEmulator start() {
        super.start();
        return this;
    }

    // ---- configuration and seeding ----------------------------------------------------------------

    /**
     * Sends raw (SYSPRO 7) answers as real Windows-1252 bytes: non-ASCII characters such as é or € as the
     * single bytes 0x80–0xFF under the Windows-1252 declaration, instead of character references. This is
     * what a client must decode with the declared charset (reference: syspro.md, Corrections: decoding
     * them as UTF-8 turns £, é and € into U+FFFD). Off by default.
     *
     * @param value true to send Windows-1252 bytes
     * @return this emulator
     */
    public SysproEmulator windows1252Bytes(boolean value) {
        this.windows1252Bytes = value;
        return this;
    }

    /**
     * How the XML strings are framed in request and answer bodies.
     *
     * @param value the framing
     * @return this emulator
     */
    public synchronized SysproEmulator framing(Framing value) {
        this.framing = value;
        return this;
    }

    /**
     * Sessions idle longer than this end (SYSPRO's is a site setting; 30 minutes here).
     *
     * @param value the idle timeout
     * @return this emulator
     */
    public synchronized SysproEmulator idleTimeout(Duration value) {
        this.idleTimeout = value;
        return this;
    }

    /**
     * Whether a second logon of an operator ends its first session (the field report; default true).
     *
     * @param value whether a second logon ends the first session
     * @return this emulator
     */
    public synchronized SysproEmulator oneSessionPerOperator(boolean value) {
        this.oneSessionPerOperator = value;
        return this;
    }

    /**
     * SORTOI answers a clean import without its {@code Order} block, as seen on SYSPRO 8.
     *
     * @param value whether to leave the block out
     * @return this emulator
     */
    public synchronized SysproEmulator omitOrderBlockOnCleanImport(boolean value) {
        this.omitOrderBlock = value;
        return this;
    }

    /**
     * The business object answers {@code e.net exception 100000}, as on a licence without its functional area.
     *
     * @param businessObject the business object's name, such as {@code SORTOI}
     * @return this emulator
     */
    public synchronized SysproEmulator unlicense(String businessObject) {
        unlicensed.add(businessObject.toUpperCase(Locale.ROOT));
        return this;
    }

    /**
     * Adds an operator who may log on.
     *
     * @param code     the operator code
     * @param password the operator's password; null for none
     * @return this emulator
     */
    public synchronized SysproEmulator operator(String code, String password) {
        operators.put(code.toUpperCase(Locale.ROOT), new Operator(code, password == null ? "" : password));
        return this;
    }

    /**
     * Adds a company operators may log on to.
     *
     * @param id            the company id
     * @param password      the company password; null for none
     * @param name          the company's name
     * @param localCurrency the company's local currency
     * @return this emulator
     */
    public synchronized SysproEmulator company(String id, String password, String name, String localCurrency) {
        companies.put(id.toUpperCase(Locale.ROOT), new Company(id, password == null ? "" : password, name, localCurrency));
        return this;
    }

    /**
     * The state the business objects work on: customers, stock, invoices, ledger, periods; and what was posted.
     *
     * @return the books
     */
    public SysproBooks books() {
        return books;
    }

    // ---- inspection ------------------------------------------------------------------------------

    /**
     * Live sessions.
     *
     * @return the number of sessions
     */
    public synchronized int activeSessions() {
        expireIdle();
        return sessions.size();
    }

    /**
     * Successful logons so far.
     *
     * @return the number of logons
     */
    public synchronized int logons() {
        return logons;
    }

    /**
     * How many requests named a business object (live session or not), or called {@code Logon} or {@code Logoff}.
     *
     * @param name the business object's name, or {@code Logon} or {@code Logoff}
     * @return the number of calls
     */
    public synchronized int calls(String name) {
        return calls.getOrDefault(name.toUpperCase(Locale.ROOT), 0);
    }

    /** Ends every session now, as a server restart or an idle timeout would. */
    public synchronized void endAllSessions() {
        sessions.clear();
    }

    // ---- dispatch --------------------------------------------------------------------------------

    @Override
    protected synchronized EmulatorReply handle(EmulatorRequest request) {
        String path = request.path().toLowerCase(Locale.ROOT);
        if (!request.method().equals("GET") || !path.startsWith(ROOT)) {
            return new EmulatorReply(404, "Endpoint not found.", Map.of("Content-Type", "text/html"));
        }
        String route = path.substring(ROOT.length());
        Map<String, String> q = request.query();
        if (route.startsWith("/query/") || route.startsWith("/setup/") || route.startsWith("/transaction/")) {
            count(q.getOrDefault("BusinessObject", "").trim()); // every request that names one, whether its session is live or not
        }
        return switch (route) {
            case "/logon" -> logon(q);
            case "/logoff" -> logoff(q);
            case "/getlogonprofile" -> withSession(q, s -> xml(profile(s)));
            case "/query/query" -> withSession(q, s -> businessObject(q, "Query", s));
            case "/setup/add" -> withSession(q, s -> businessObject(q, "Add", s));
            case "/setup/update" -> withSession(q, s -> businessObject(q, "Update", s));
            case "/setup/delete" -> withSession(q, s -> businessObject(q, "Delete", s));
            case "/transaction/post" -> withSession(q, s -> businessObject(q, "Post", s));
            case "/getversion" -> text("7.0.0.6");
            default -> new EmulatorReply(404, "Endpoint not found.", Map.of("Content-Type", "text/html"));
        };
    }

    private EmulatorReply logon(Map<String, String> q) {
        count("Logon");
        for (String name : List.of("Operator", "OperatorPassword", "CompanyId", "CompanyPassword")) {
            if (!q.containsKey(name)) {
                // WCF's UriTemplate binds a missing parameter as null, which the logon refuses
                return text("ERROR: " + name + " was not supplied");
            }
        }
        Operator operator = operators.get(q.get("Operator").toUpperCase(Locale.ROOT));
        if (operator == null) {
            return text("ERROR: Invalid operator");
        }
        if (!operator.password().equals(q.get("OperatorPassword"))) {
            return text("ERROR: Invalid operator password");
        }
        Company company = companies.get(q.get("CompanyId").toUpperCase(Locale.ROOT));
        if (company == null) {
            return text("ERROR: Invalid company");
        }
        if (!company.password().equals(q.get("CompanyPassword"))) {
            return text("ERROR: Invalid company password");
        }
        expireIdle();
        if (oneSessionPerOperator) {
            sessions.values().removeIf(s -> s.operator.equals(operator.code()));
        }
        String id = framing == Framing.SYSPRO7_RAW
                ? String.format(Locale.ROOT, "%016X%016X00", nextSession, nextSession * 31 + 7) + "  " // 34 hex + two spaces
                : new java.util.UUID(nextSession, nextSession * 31 + 7).toString();
        nextSession++;
        sessions.put(id, new Session(id, operator.code(), company.id(), clock.instant()));
        logons++;
        return text(id);
    }

    private EmulatorReply logoff(Map<String, String> q) {
        count("Logoff");
        Session session = sessions.remove(q.getOrDefault("UserId", ""));
        // The recording's only non-zero answer came from an unknown UserId (syspro.md, Corrections).
        return text(session == null ? "ERROR: Unable to read the SYSPRO base directory registry string BaseDir8" : "0");
    }

    private EmulatorReply withSession(Map<String, String> q, Function<Session, EmulatorReply> call) {
        expireIdle();
        Session session = sessions.get(q.getOrDefault("UserId", ""));
        if (session == null) {
            return text(SESSION_INVALID);
        }
        session.lastUsed = clock.instant(); // every call refreshes the session (syspro.md §3)
        return call.apply(session);
    }

    private void expireIdle() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> Duration.between(s.lastUsed, now).compareTo(idleTimeout) > 0);
    }

    private EmulatorReply businessObject(Map<String, String> q, String method, Session session) {
        String bo = q.getOrDefault("BusinessObject", "").trim().toUpperCase(Locale.ROOT);
        if (!KNOWN_OBJECTS.contains(bo) || unlicensed.contains(bo)) {
            return text("ERROR: e.net exception raised: 100000");
        }
        if (!q.containsKey("XmlIn")) {
            return text("ERROR: XmlIn was not supplied");
        }
        In document;
        In parameters = null;
        try {
            document = EnetDocument.parse(q.get("XmlIn"));
            if (!method.equals("Query")) {
                String raw = q.getOrDefault("XmlParameters", "");
                parameters = raw.isBlank() ? null : EnetDocument.parse(raw);
            }
        } catch (IllegalArgumentException e) {
            return text("ERROR: " + e.getMessage());
        }
        try {
            Out answer = books.handle(bo, method, parameters, document, session.company,
                    companies.get(session.company.toUpperCase(Locale.ROOT)).currency(), LocalDate.now(clock), omitOrderBlock);
            return xml(answer);
        } catch (SysproBooks.EnetException e) {
            return text("ERROR: " + e.getMessage());
        }
    }

    private Out profile(Session session) {
        Company company = companies.get(session.company.toUpperCase(Locale.ROOT));
        LocalDate today = LocalDate.now(clock);
        return EnetDocument.root("LogonProfile", "7.0.005").add("CompanyName", company.name()).add("OperatorCode", session.operator)
                .add("AccountingDate", today.toString().replace('-', '/')).add("CompanyDate", today.toString())
                .add("DefaultBank", books.defaultBank()).add("DefaultWarehouse", books.defaultWarehouse())
                .add("LocalCurrencyCode", company.currency()).add("SystemLanguage", "EN");
    }

    private void count(String name) {
        calls.merge(name.toUpperCase(Locale.ROOT), 1, Integer::sum);
    }

    // ---- framing ---------------------------------------------------------------------------------

    private EmulatorReply xml(Out root) {
        return text(EnetDocument.write(root, windows1252Bytes && framing == Framing.SYSPRO7_RAW));
    }

    /** A raw (SYSPRO 7) body in Windows-1252 when asked; a JSON-framed one stays UTF-8, as JSON is. */
    @Override
    protected byte[] bodyBytes(EmulatorReply reply) {
        if (windows1252Bytes && "application/octet-stream".equals(reply.headers().get("Content-Type"))) {
            return reply.body().getBytes(EnetDocument.WINDOWS_1252);
        }
        return super.bodyBytes(reply);
    }

    private EmulatorReply text(String value) {
        if (framing == Framing.SYSPRO8_JSON) {
            try {
                return new EmulatorReply(200, JSON.writeValueAsString(value),
                        Map.of("Content-Type", "application/json; charset=utf-8"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new EmulatorReply(200, value, Map.of("Content-Type", "application/octet-stream", "Server", "Microsoft-HTTPAPI/2.0"));
    }
}
