package io.tillbridge.kashflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.client.AuthenticationException;
import io.tillbridge.client.Secret;
import io.tillbridge.TillbridgeException;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.kashflow.AccountLockedException;
import io.tillbridge.kashflow.KashFlowApiException;
import io.tillbridge.kashflow.internal.KashFlowJson;
import io.tillbridge.kashflow.internal.RestErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one KashFlow REST session of a client, shared by every thread (reference: kashflow.md §1).
 *
 * <p>Logging in is two steps against {@code /sessiontoken}: {@code POST} with {@code UserName} and
 * {@code Password} answers a {@code TemporaryToken} and three 1-based {@code MemorableWordList}
 * positions; {@code PUT} with the token and the memorable word's characters at those positions
 * answers the {@code SessionToken}, sent as {@code Authorization: KfToken …} from then on.
 *
 * <p>The token expires after 60 minutes without use (sliding). The session logs in again before
 * use once it has been idle for {@code idleLimit} (default 55 minutes), and when a call is refused
 * with {@code InvalidSessionToken} the caller {@link #invalidate}s it and retries once. Only one
 * thread logs in; the others wait for its token. {@code invalidate} only drops the token it was
 * given, so fifty threads refused with the same old token cause one login, not fifty.
 *
 * <p>{@code AccountLocked} is final: it is remembered, and every later call throws it without
 * contacting KashFlow. So is a refused login (wrong user name, password or memorable word): each
 * further attempt would count as another failed login and lock the account, so the client makes
 * none; build a new client with corrected credentials.
 *
 * <p>The SOAP route shares this state ({@link #requireSoapAllowed}, {@link #soapRefused}): SOAP sends
 * the user name and password in every call, so after a lock-out (seen on either route) or a refused
 * SOAP password no SOAP call is sent; and when SOAP uses the login password, a password refused on one
 * route is not tried again on the other.
 */
public final class SessionTokens {

    private static final Logger LOG = LoggerFactory.getLogger(SessionTokens.class);

    private final HttpTransport rest;
    private final String userName;
    private final Secret password;
    private final Secret memorableWord;
    private final Clock clock;
    private final Duration idleLimit;
    private final io.tillbridge.client.redact.Redactor redactor;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicInteger logins = new AtomicInteger();
    private volatile Session session;
    private volatile AccountLockedException locked;
    private volatile AuthenticationException refused;
    /** The REST login's first step (user name and password) was refused, not only the memorable word. */
    private volatile boolean passwordRefused;
    /** SOAP answered "Incorrect username or password". */
    private volatile AuthenticationException soapRefused;
    private final boolean soapSharesPassword;

    private static final class Session {
        final Secret token;
        volatile Instant lastUsed;

        Session(Secret token, Instant lastUsed) {
            this.token = token;
            this.lastUsed = lastUsed;
        }
    }

    public SessionTokens(HttpTransport rest, String userName, Secret password, Secret memorableWord, Clock clock,
                         Duration idleLimit, io.tillbridge.client.redact.Redactor redactor) {
        this(rest, userName, password, memorableWord, clock, idleLimit, redactor, true);
    }

    /**
     * @param soapSharesPassword whether SOAP sends the login password (no separate API password), so a
     *                           refusal of it on one route stops its use on the other
     */
    public SessionTokens(HttpTransport rest, String userName, Secret password, Secret memorableWord, Clock clock,
                         Duration idleLimit, io.tillbridge.client.redact.Redactor redactor, boolean soapSharesPassword) {
        this.soapSharesPassword = soapSharesPassword;
        this.redactor = redactor;
        this.rest = rest;
        this.userName = userName;
        this.password = password;
        this.memorableWord = memorableWord;
        this.clock = clock;
        this.idleLimit = idleLimit;
    }

    /** The session token, logging in first when there is none or it has been idle too long. */
    public Secret current() {
        AccountLockedException lockedNow = locked;
        if (lockedNow != null) {
            throw lockedNow;
        }
        AuthenticationException refusedNow = refused;
        if (refusedNow != null) {
            throw refusedNow;
        }
        Session current = session;
        if (fresh(current)) {
            return current.token;
        }
        lock.lock();
        try {
            if (locked != null) {
                throw locked;
            }
            if (refused != null) {
                throw refused;
            }
            current = session;
            if (!fresh(current)) {
                AuthenticationException soapRefusedNow = soapRefused;
                if (soapSharesPassword && soapRefusedNow != null) {
                    throw soapRefusedNow; // SOAP refused this very password: a login with it would count towards a lock-out
                }
                try {
                    current = new Session(login(), clock.instant());
                } catch (AccountLockedException e) {
                    lockedOut(e);
                    throw e;
                } catch (AuthenticationException e) {
                    refused = e;
                    throw e;
                }
                session = current;
            }
            return current.token;
        } finally {
            lock.unlock();
        }
    }

    /** A call with this token just succeeded: KashFlow's 60-minute window starts again. */
    public void used(Secret token) {
        Session current = session;
        if (current != null && current.token == token) {
            current.lastUsed = clock.instant();
        }
    }

    /** KashFlow refused this token; the next {@link #current()} logs in again, unless another thread already did. */
    public void invalidate(Secret refused) {
        lock.lock();
        try {
            if (session != null && session.token == refused) {
                session = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Remembers the lock-out: no more logins, every call fails with it. */
    public void lockedOut(AccountLockedException e) {
        locked = e;
        session = null;
    }

    /**
     * Before each SOAP call: throws the remembered lock-out, the remembered SOAP credential refusal,
     * or (when SOAP uses the login password) the REST login's refusal of that password, without
     * contacting KashFlow.
     */
    public void requireSoapAllowed() {
        AccountLockedException lockedNow = locked;
        if (lockedNow != null) {
            throw lockedNow;
        }
        AuthenticationException soapRefusedNow = soapRefused;
        if (soapRefusedNow != null) {
            throw soapRefusedNow;
        }
        AuthenticationException refusedNow = refused;
        if (soapSharesPassword && passwordRefused && refusedNow != null) {
            throw refusedNow;
        }
    }

    /**
     * SOAP refused the credentials: a lock-out is remembered for both routes; "Incorrect username or
     * password" for SOAP (and for REST logins when they share the password), since each resend would
     * count as another failed login.
     *
     * @param e the refusal
     */
    public void soapRefused(AuthenticationException e) {
        if (e instanceof AccountLockedException lockedOut) {
            lockedOut(lockedOut);
        } else {
            soapRefused = e;
        }
    }

    /** How many logins this session has made (for tests and metrics). */
    public int logins() {
        return logins.get();
    }

    /** Ends the session on KashFlow's side ({@code DELETE /sessiontoken}); failures are only logged. */
    public void logout() {
        lock.lock();
        try {
            Session current = session;
            session = null;
            if (current == null) {
                return;
            }
            try {
                rest.send(Call.delete("/sessiontoken").header("Authorization", "KfToken " + current.token.reveal())
                        .header("Accept", "application/json").operation("sessiontoken.delete").build());
            } catch (TillbridgeException e) {
                LOG.debug("KashFlow logout failed: {}", e.getClass().getSimpleName()); // the token lapses in 60 minutes anyway
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean fresh(Session candidate) {
        return candidate != null && Duration.between(candidate.lastUsed, clock.instant()).compareTo(idleLimit) < 0;
    }

    private Secret login() {
        logins.incrementAndGet();
        ObjectNode first = KashFlowJson.mapper().createObjectNode().put("UserName", userName).put("Password", password.reveal());
        JsonNode temporary;
        try {
            temporary = exchange(Call.post("/sessiontoken", Call.RetryMode.SAFE), first, "sessiontoken.create");
        } catch (AuthenticationException e) {
            passwordRefused = !(e instanceof AccountLockedException); // the first step checks user name and password only
            throw e;
        }
        String temporaryToken = temporary.path("TemporaryToken").asText("");
        JsonNode positions = temporary.path("MemorableWordList");
        if (temporaryToken.isBlank() || !positions.isArray() || positions.isEmpty()) {
            throw new KashFlowApiException(200, null, "the login answer has no TemporaryToken or MemorableWordList", null);
        }
        ObjectNode second = KashFlowJson.mapper().createObjectNode().put("TemporaryToken", temporaryToken);
        ArrayNode characters = second.putArray("MemorableWordList");
        String word = memorableWord.reveal();
        for (JsonNode asked : positions) {
            int position = asked.path("Position").asInt(0);
            if (position < 1 || position > word.length()) {
                // Never say which characters or how long the word is: only that it cannot answer.
                throw new AuthenticationException("KashFlow", 200, List.of("MemorableWordPosition"),
                        "KashFlow asked for character " + position + " of the memorable word, which has none there", null);
            }
            characters.addObject().put("Position", position).put("Value", String.valueOf(word.charAt(position - 1)));
        }
        JsonNode session = exchange(Call.put("/sessiontoken"), second, "sessiontoken.confirm");
        String token = session.path("SessionToken").asText("");
        if (token.isBlank()) {
            throw new KashFlowApiException(200, null, "the login answer has no SessionToken", null);
        }
        LOG.debug("KashFlow session started");
        return Secret.of(token);
    }

    private JsonNode exchange(Call.Builder call, ObjectNode body, String operation) {
        HttpResult result = rest.send(call.header("Accept", "application/json").jsonBody(body.toString()).operation(operation).build());
        if (!result.isSuccess()) {
            RuntimeException failure = RestErrors.failure(result, redactor, true, clock);
            if (failure instanceof AccountLockedException lockedOut) {
                lockedOut(lockedOut);
            }
            throw failure;
        }
        JsonNode node = RestErrors.json(result);
        if (node == null || !node.isObject()) {
            throw new KashFlowApiException(result.status(), null, "the login answer is not a JSON object", result.requestId());
        }
        return node;
    }
}
