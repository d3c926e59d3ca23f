package io.tillbridge.syspro.internal;

import io.tillbridge.client.Secret;
import io.tillbridge.TillbridgeException;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.redact.Redactor;
import io.tillbridge.syspro.BusinessObjectException;
import io.tillbridge.syspro.BusinessObjectNotLicensedException;
import io.tillbridge.syspro.BusinessObjectValidationException;
import io.tillbridge.syspro.LookupResult;
import io.tillbridge.syspro.PostingNotRepeatedException;
import io.tillbridge.syspro.SysproLimits;
import io.tillbridge.syspro.SysproLogonException;
import io.tillbridge.syspro.SysproServiceException;
import io.tillbridge.syspro.SysproSessionException;
import io.tillbridge.syspro.UnreadableAnswerException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The e.net REST endpoint for one operator in one company: one session, every call serialised on it
 * (reference: syspro.md §1–3). Connections of the same site, operator and company in one process share
 * that session and its queue, so they do not end each other's sessions; the last to close logs it off.
 * Business-object services use it; it is also the way to call a business object this client has no typed
 * request for.
 *
 * <ul>
 *   <li>Every call is a GET with URL-encoded parameters under {@code …/SYSPROWCFService/Rest}. The
 *       operator password and the session id travel in the URL, so logs show {@code ***} for them and
 *       the XML only as its length; server text put into an exception is redacted the same way.</li>
 *   <li>The session id is sent back exactly as SYSPRO gave it, trailing spaces included.</li>
 *   <li>{@code ERROR: The supplied UserID is invalid.}: the client logs on again once and repeats a read.
 *       A posting (Setup, Transaction) is repeated only when the caller's lookup proves it was not
 *       applied; when the lookup finds it, the answer is {@link PostingAnswer.AlreadyApplied}; when it
 *       cannot tell, or there is no lookup, {@link PostingNotRepeatedException}.</li>
 *   <li>Answers are checked for the three error layers: service/session text, business-object
 *       {@code ERROR} text (100000 = not licensed), and per-field validation blocks.</li>
 *   <li>A URL longer than {@link SysproLimits#maxUrlChars()} is refused before sending, an answer larger than
 *       {@link SysproLimits#maxAnswerBytes()} is refused unread.</li>
 * </ul>
 * Thread-safe: callers queue for the session (at most {@link SysproLimits#sessionWait()}).
 */
public final class SysproConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SysproConnection.class);
    private static final String ROOT = "/SYSPROWCFService/Rest";
    private static final Pattern SESSION_INVALID = Pattern.compile("UserID is invalid", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_LICENSED = Pattern.compile("(?<!\\d)100000(?!\\d)");
    private static final Set<String> INVALID_COUNTS = Set.of("recordsinvalid", "itemsinvalid", "itemsrejected");

    private final HttpTransport transport;
    private final String restBase;
    private final Credentials credentials;
    private final SysproLimits limits;
    private final Redactor redactor;
    private final SessionKey key;
    private final SharedSession shared;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Every session this process holds, one per site, operator and company. SYSPRO may allow one session
     * per operator (a second logon ends the first, reference §3), so two clients built with the same key
     * in one JVM would end each other's sessions at every call; instead they share one session and queue
     * for it. The entry lives while a client of that key is open.
     */
    private static final Map<SessionKey, SharedSession> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** What makes two connections one SYSPRO session: the REST root, the operator and the company. */
    private record SessionKey(String restBase, String operator, String companyId) {
    }

    /** One SYSPRO session and its queue, shared by every open connection of its key. */
    private static final class SharedSession {
        private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock(true);
        private final Deque<String> knownSessions = new ArrayDeque<>();
        private final AtomicInteger logons = new AtomicInteger();
        private volatile Secret session;
        private int users; // changed only inside SESSIONS.compute, which serialises it per key
    }

    /** The kind of Setup call. */
    public enum SetupAction {
        ADD("/Setup/Add"), UPDATE("/Setup/Update"), DELETE("/Setup/Delete");

        private final String route;

        SetupAction(String route) {
            this.route = route;
        }
    }

    /**
     * Who logs on. Send all four parameters, even when the company has no password.
     *
     * @param operator         the SYSPRO operator code (use a dedicated one: a second logon may end the first)
     * @param operatorPassword the operator's password, or null when it has none
     * @param companyId        the company the session is bound to
     * @param companyPassword  the company password, or null when it has none
     */
    public record Credentials(String operator, Secret operatorPassword, String companyId, Secret companyPassword) {
        public Credentials {
            if (operator == null || operator.isBlank()) {
                throw new ValidationException("operator", "is required");
            }
            if (companyId == null || companyId.isBlank()) {
                throw new ValidationException("companyId", "is required");
            }
        }
    }

    /**
     * @param transport a transport whose base URI is the site's {@code …/SYSPROWCFService/Rest}
     */
    public SysproConnection(HttpTransport transport, Credentials credentials, SysproLimits limits) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.restBase = transport.baseUri().toString().replaceAll("/$", "");
        List<Secret> secrets = new ArrayList<>();
        if (credentials.operatorPassword() != null) {
            secrets.add(credentials.operatorPassword());
        }
        if (credentials.companyPassword() != null) {
            secrets.add(credentials.companyPassword());
        }
        this.redactor = Redactor.standard().withSecrets(secrets);
        this.key = new SessionKey(restBase.toLowerCase(Locale.ROOT), credentials.operator(), credentials.companyId());
        int[] users = new int[1];
        this.shared = SESSIONS.compute(key, (k, held) -> {
            SharedSession session = held == null ? new SharedSession() : held;
            users[0] = ++session.users;
            return session;
        });
        if (users[0] > 1) {
            LOG.debug("SYSPRO operator {} in company {} already has a session in this process; this client shares it",
                    credentials.operator(), credentials.companyId());
        }
    }

    /** The REST root for a site's host and port: {@code https://erp.example.com:31002} → {@code …/SYSPROWCFService/Rest}. */
    public static URI restRoot(URI site) {
        String text = site.toString().replaceAll("/+$", "");
        return URI.create(text.toLowerCase(Locale.ROOT).endsWith(ROOT.toLowerCase(Locale.ROOT)) ? text : text + ROOT);
    }

    // ---- the calls ----------------------------------------------------------------------------

    /** Query/Query: a read, repeated once after a fresh logon if the session had ended. */
    public XmlNode query(String businessObject, XmlNode xmlIn) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("BusinessObject", businessObject);
        params.put("XmlIn", EnetXml.write(xmlIn));
        return ((PostingAnswer.Answered) businessCall("/Query/Query", businessObject, params, null, false)).root();
    }

    /**
     * Setup/Add, Update or Delete: a posting.
     *
     * @param applied a lookup that says whether this posting is already in SYSPRO; used only when the
     *                session ended under the call; null for none (then it is never repeated)
     */
    public PostingAnswer setup(SetupAction action, String businessObject, XmlNode parameters, XmlNode xmlIn,
                               Supplier<? extends LookupResult<?>> applied) {
        return businessCall(action.route, businessObject, postingParams(businessObject, parameters, xmlIn), applied, true);
    }

    /**
     * Transaction/Post: a posting.
     *
     * @param applied as for {@link #setup}
     */
    public PostingAnswer post(String businessObject, XmlNode parameters, XmlNode xmlIn, Supplier<? extends LookupResult<?>> applied) {
        return businessCall("/Transaction/Post", businessObject, postingParams(businessObject, parameters, xmlIn), applied, true);
    }

    /** GetLogonProfile: the session's company, operator, dates, bank, warehouse and currency. */
    public XmlNode logonProfile() {
        return ((PostingAnswer.Answered) businessCall("/GetLogonProfile", "GetLogonProfile", new LinkedHashMap<>(), null, false)).root();
    }

    /** True while a session is held. */
    public boolean loggedOn() {
        return shared.session != null;
    }

    /** How many logons the session this client shares has made (for inspection and tests). */
    public int logons() {
        return shared.logons.get();
    }

    /** How many open connections share this one's session, itself included (for inspection and tests). */
    public int sharedBy() {
        SharedSession current = SESSIONS.get(key);
        return current == shared ? current.users : 0;
    }

    /**
     * Logs the session off, if one is held — for every client sharing it, which log on again at their
     * next call. SYSPRO answers {@code 0}; anything else means it did not know the session any more,
     * which ends it just the same.
     *
     * @return true when SYSPRO confirmed the logoff
     */
    public boolean logoff() {
        return serialised(() -> {
            Secret held = shared.session;
            if (held == null) {
                return false;
            }
            shared.session = null;
            Map<String, String> params = new LinkedHashMap<>();
            params.put("UserId", held.reveal());
            EnetAnswer answer = send("/Logoff", params, Call.RetryMode.SAFE, "Logoff");
            boolean confirmed = answer instanceof EnetAnswer.Text text && text.text().trim().equals("0");
            if (!confirmed) {
                LOG.debug("SYSPRO Logoff for operator {} answered {}", credentials.operator(), describe(answer));
            }
            return confirmed;
        });
    }

    /**
     * Refuses further calls and, when no other open client shares the session, logs it off; never throws,
     * because it runs on close and at shutdown. A second close does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        boolean[] last = new boolean[1];
        SESSIONS.computeIfPresent(key, (k, held) -> {
            if (held != shared) {
                return held;
            }
            last[0] = --held.users == 0;
            return last[0] ? null : held;
        });
        if (!last[0]) {
            LOG.debug("SYSPRO session for operator {} stays logged on for the other clients sharing it", credentials.operator());
            return;
        }
        try {
            logoff();
        } catch (RuntimeException e) {
            LOG.warn("SYSPRO Logoff for operator {} failed: {}", credentials.operator(), redact(String.valueOf(e.getMessage())));
        }
    }

    @Override
    public String toString() {
        return "SysproConnection[" + restBase + ", operator " + credentials.operator() + ", company " + credentials.companyId()
                + (shared.session == null ? ", logged off]" : ", logged on]");
    }

    // ---- sessions --------------------------------------------------------------------------------

    private PostingAnswer businessCall(String route, String businessObject, Map<String, String> params,
                                 Supplier<? extends LookupResult<?>> applied, boolean posting) {
        if (closed.get()) {
            throw new IllegalStateException("this SYSPRO client is closed; " + businessObject + " was not sent");
        }
        Call.RetryMode mode = posting ? Call.RetryMode.UNSAFE : Call.RetryMode.SAFE;
        return serialised(() -> {
            EnetAnswer answer = send(route, withSession(ensureSession(), params), mode, businessObject);
            if (sessionInvalid(answer)) {
                shared.session = null;
                LOG.debug("SYSPRO session for operator {} ended; logging on again", credentials.operator());
                Secret fresh = logon();
                if (posting) {
                    LookupResult<?> verdict = applied == null ? LookupResult.unknown("no lookup was given") : lookup(applied);
                    if (verdict instanceof LookupResult.Found<?> found) {
                        return new PostingAnswer.AlreadyApplied(found.value());
                    }
                    if (!verdict.isAbsent()) {
                        throw new PostingNotRepeatedException(businessObject, verdict);
                    }
                }
                answer = send(route, withSession(fresh, params), mode, businessObject);
                if (sessionInvalid(answer)) {
                    shared.session = null;
                    throw new SysproSessionException(route.substring(1), redact(((EnetAnswer.Text) answer).text()));
                }
            }
            return new PostingAnswer.Answered(interpret(businessObject, answer));
        });
    }

    private static LookupResult<?> lookup(Supplier<? extends LookupResult<?>> applied) {
        try {
            LookupResult<?> result = applied.get();
            return result == null ? LookupResult.unknown("the lookup answered nothing") : result;
        } catch (TillbridgeException e) {
            return LookupResult.unknown(e.getMessage());
        }
    }

    private Secret ensureSession() {
        Secret held = shared.session;
        return held != null ? held : logon();
    }

    private Secret logon() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Operator", credentials.operator());
        params.put("OperatorPassword", reveal(credentials.operatorPassword()));
        params.put("CompanyId", credentials.companyId());
        params.put("CompanyPassword", reveal(credentials.companyPassword()));
        EnetAnswer answer = send("/Logon", params, Call.RetryMode.SAFE, "Logon");
        shared.logons.incrementAndGet();
        if (!(answer instanceof EnetAnswer.Text text)) {
            throw new UnreadableAnswerException("SYSPRO answered Logon with XML instead of a session id");
        }
        if (text.isError()) {
            throw new SysproLogonException(redact(text.text().trim()));
        }
        if (text.text().isBlank()) {
            throw new UnreadableAnswerException("SYSPRO answered Logon with an empty session id");
        }
        Secret fresh = Secret.of(text.text()); // verbatim: SYSPRO 7's id ends in two spaces it expects back
        remember(text.text());
        shared.session = fresh;
        LOG.debug("SYSPRO logon for operator {} in company {}", credentials.operator(), credentials.companyId());
        return fresh;
    }

    private <T> T serialised(Supplier<T> work) {
        try {
            if (!shared.lock.tryLock(limits.sessionWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TransportException("SYSPRO session for operator " + credentials.operator() + " stayed busy for "
                        + limits.sessionWait().toMillis() + " ms; the call was not sent", false, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for the SYSPRO session; the call was not sent", false, e);
        }
        try {
            return work.get();
        } finally {
            shared.lock.unlock();
        }
    }

    // ---- the wire ---------------------------------------------------------------------------------

    private EnetAnswer send(String route, Map<String, String> params, Call.RetryMode mode, String operation) {
        StringBuilder path = new StringBuilder(route);
        StringBuilder logPath = new StringBuilder(ROOT).append(route);
        char separator = '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            path.append(separator).append(param.getKey()).append('=').append(encode(param.getValue()));
            logPath.append(separator).append(param.getKey()).append('=').append(logValue(param.getKey(), param.getValue()));
            separator = '&';
        }
        int urlLength = restBase.length() + path.length();
        if (urlLength > limits.maxUrlChars()) {
            String field = params.containsKey("XmlIn") ? "XmlIn" : "url";
            throw new ValidationException(field, "the " + operation + " request would be a URL of " + urlLength
                    + " characters, over the limit of " + limits.maxUrlChars() + " (maxUrlChars): the e.net REST endpoint takes "
                    + "every XML document in the URL and IIS refuses long request lines; send fewer items per call");
        }
        Call call = Call.builder("GET", path.toString(), mode)
                .operation(route.substring(1) + (route.substring(1).equals(operation) ? "" : " " + operation))
                .logPath(logPath.toString())
                .build();
        HttpResult result = transport.send(call);
        if (result.status() != 200) {
            throw new SysproServiceException(result.status(), route.substring(1),
                    redact(EnetValues.shorten(result.bodyText().trim())));
        }
        return EnetAnswer.of(result.body(), limits.maxAnswerBytes());
    }

    private XmlNode interpret(String businessObject, EnetAnswer answer) {
        if (answer instanceof EnetAnswer.Text text) {
            String said = redact(text.text().trim());
            if (!text.isError()) {
                throw new UnreadableAnswerException(businessObject + " answered " + said.length()
                        + " characters of text where XML was expected");
            }
            if (NOT_LICENSED.matcher(said).find()) {
                throw new BusinessObjectNotLicensedException(businessObject, said);
            }
            throw new BusinessObjectException(businessObject, said);
        }
        XmlNode root = ((EnetAnswer.Xml) answer).root();
        checkValidation(businessObject, root);
        return root;
    }

    /** Layer 3: per-field error blocks, judged with the StatusOfItems trailer when there is one. */
    private void checkValidation(String businessObject, XmlNode root) {
        List<BusinessObjectValidationException.ItemError> errors = new ArrayList<>();
        collect(root, errors);
        if (errors.isEmpty()) {
            return;
        }
        Map<String, String> status = root.statusOfItems();
        boolean countedNone = !status.isEmpty() && status.entrySet().stream()
                .filter(e -> INVALID_COUNTS.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .map(e -> EnetValues.decimal(e.getKey(), e.getValue()).orElse(java.math.BigDecimal.ZERO))
                .findFirst().map(n -> n.signum() == 0).orElse(false);
        if (countedNone) {
            return; // warnings SYSPRO reports beside a clean status: the items were applied
        }
        throw new BusinessObjectValidationException(businessObject, errors, status);
    }

    private void collect(XmlNode node, List<BusinessObjectValidationException.ItemError> errors) {
        String description = node.text("ErrorDescription").orElse("");
        String number = node.text("ErrorNumber").orElse("");
        if (!description.isEmpty() || !number.isEmpty() && !number.matches("0+")) {
            errors.add(new BusinessObjectValidationException.ItemError(node.name(), redact(node.text("Value").orElse("")),
                    number, redact(description)));
        }
        for (XmlNode child : node.children()) {
            if ((child.named("ErrorMessage") || child.named("Error")) && child.children().isEmpty() && !child.value().isBlank()) {
                errors.add(new BusinessObjectValidationException.ItemError(node.name(), "", "", redact(child.value().trim())));
            } else {
                collect(child, errors);
            }
        }
    }

    private boolean sessionInvalid(EnetAnswer answer) {
        return answer instanceof EnetAnswer.Text text && text.isError() && SESSION_INVALID.matcher(text.text()).find();
    }

    private Map<String, String> postingParams(String businessObject, XmlNode parameters, XmlNode xmlIn) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("BusinessObject", businessObject);
        params.put("XmlParameters", parameters == null ? "" : EnetXml.write(parameters));
        params.put("XmlIn", EnetXml.write(xmlIn));
        return params;
    }

    private static Map<String, String> withSession(Secret id, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("UserId", id.reveal());
        all.putAll(params);
        return all;
    }

    /** Percent-encoding with {@code %20} for spaces: a session id's trailing spaces must arrive as spaces. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String logValue(String name, String value) {
        if (Redactor.isSensitive(name)) {
            return "***";
        }
        if (name.startsWith("Xml")) {
            return "(" + value.length() + " chars)";
        }
        return encode(value);
    }

    private static String reveal(Secret secret) {
        return secret == null ? "" : secret.reveal();
    }

    private void remember(String sessionId) {
        synchronized (shared.knownSessions) {
            shared.knownSessions.addFirst(sessionId);
            while (shared.knownSessions.size() > 8) {
                shared.knownSessions.removeLast();
            }
        }
    }

    /** Server text made safe to keep: sensitive fields, the passwords and every session id this client held. */
    String redact(String text) {
        String out = redactor.text(text);
        List<String> ids;
        synchronized (shared.knownSessions) {
            ids = List.copyOf(shared.knownSessions);
        }
        for (String id : ids) {
            out = out.replace(id, "***");
            if (id.trim().length() >= 8) {
                out = out.replace(id.trim(), "***");
            }
        }
        for (Secret secret : new Secret[] {credentials.operatorPassword(), credentials.companyPassword()}) {
            if (secret != null && secret.reveal().length() >= 3) {
                out = out.replace(secret.reveal(), "***");
            }
        }
        return out;
    }

    private static String describe(EnetAnswer answer) {
        return answer.toString();
    }
}
