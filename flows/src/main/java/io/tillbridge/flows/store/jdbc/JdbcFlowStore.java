package io.tillbridge.flows.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.FlowStore;
import io.tillbridge.flows.store.FlowStoreException;
import io.tillbridge.flows.store.Lease;
import io.tillbridge.flows.store.LeaseLostException;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.mapping.money.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The flow store on plain JDBC: H2 (an embedded file database, for one instance and the demo) or
 * PostgreSQL (for many instances sharing one database). The host owns the {@link DataSource} (a
 * pool such as HikariCP) and chooses whether the schema is applied on start.
 *
 * <pre>{@code
 * FlowStore store = JdbcFlowStore.builder(dataSource)   // jdbc:h2:file:./tillbridge or jdbc:postgresql://…
 *         .migrate(true)                                  // apply the versioned schema if missing
 *         .build();
 * }</pre>
 *
 * <p>Every fenced write runs in one transaction that first locks the lease row
 * ({@code SELECT … FOR UPDATE}) and checks its token and expiry, so a write from a runner that lost
 * its lease can never interleave with the new holder's. Transactions that meet a concurrent insert
 * of the same key are retried.
 */
public final class JdbcFlowStore implements FlowStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String p;
    private final Clock clock;

    private JdbcFlowStore(DataSource dataSource, Dialect dialect, String prefix, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.p = prefix;
        this.clock = clock;
    }

    /**
     * Starts a store over a data source.
     *
     * @param dataSource the host's data source
     * @return a new builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * The database dialect in use.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return dialect;
    }

    // ---- leases ----------------------------------------------------------------------------------

    @Override
    public Optional<Lease> acquire(String flow, String subject, String owner, Duration ttl) {
        return transaction(c -> {
            Instant now = clock.instant();
            Instant expires = now.plus(ttl);
            try (PreparedStatement s = c.prepareStatement("SELECT owner, token, expires_at FROM " + p
                    + "lease WHERE flow = ? AND subject = ? FOR UPDATE")) {
                s.setString(1, flow);
                s.setString(2, subject);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        try (PreparedStatement i = c.prepareStatement("INSERT INTO " + p
                                + "lease (flow, subject, owner, token, expires_at) VALUES (?, ?, ?, 1, ?)")) {
                            i.setString(1, flow);
                            i.setString(2, subject);
                            i.setString(3, owner);
                            i.setLong(4, expires.toEpochMilli());
                            i.executeUpdate();
                        }
                        return Optional.of(new Lease(flow, subject, owner, 1, truncated(expires)));
                    }
                    if (!r.getString(1).equals(owner) && now.toEpochMilli() < r.getLong(3)) {
                        return Optional.<Lease>empty();
                    }
                    long token = r.getLong(2) + 1;
                    try (PreparedStatement u = c.prepareStatement("UPDATE " + p
                            + "lease SET owner = ?, token = ?, expires_at = ? WHERE flow = ? AND subject = ?")) {
                        u.setString(1, owner);
                        u.setLong(2, token);
                        u.setLong(3, expires.toEpochMilli());
                        u.setString(4, flow);
                        u.setString(5, subject);
                        u.executeUpdate();
                    }
                    return Optional.of(new Lease(flow, subject, owner, token, truncated(expires)));
                }
            }
        });
    }

    @Override
    public Lease renew(Lease lease, Duration ttl) {
        return transaction(c -> {
            fence(c, lease);
            Instant expires = clock.instant().plus(ttl);
            try (PreparedStatement u = c.prepareStatement("UPDATE " + p + "lease SET expires_at = ? WHERE flow = ? AND subject = ?")) {
                u.setLong(1, expires.toEpochMilli());
                u.setString(2, lease.flow());
                u.setString(3, lease.subject());
                u.executeUpdate();
            }
            return new Lease(lease.flow(), lease.subject(), lease.owner(), lease.token(), truncated(expires));
        });
    }

    @Override
    public void check(Lease lease) {
        transaction(c -> {
            fence(c, lease);
            return null;
        });
    }

    @Override
    public void release(Lease lease) {
        // The row stays (expired) so that the next holder's token is still larger than this one's.
        transaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE " + p
                    + "lease SET expires_at = 0 WHERE flow = ? AND subject = ? AND token = ? AND owner = ?")) {
                u.setString(1, lease.flow());
                u.setString(2, lease.subject());
                u.setLong(3, lease.token());
                u.setString(4, lease.owner());
                u.executeUpdate();
            }
            return null;
        });
    }

    /** Locks the lease row and fails unless this lease is still the current, unexpired one. */
    private void fence(Connection c, Lease lease) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT owner, token, expires_at FROM " + p
                + "lease WHERE flow = ? AND subject = ? FOR UPDATE")) {
            s.setString(1, lease.flow());
            s.setString(2, lease.subject());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getLong(2) != lease.token() || !r.getString(1).equals(lease.owner())) {
                    throw new LeaseLostException(lease, "another runner took it");
                }
                if (clock.millis() >= r.getLong(3)) {
                    throw new LeaseLostException(lease, "it expired at " + Instant.ofEpochMilli(r.getLong(3)));
                }
            }
        }
    }

    // ---- effects ---------------------------------------------------------------------------------

    @Override
    public Optional<EffectRecord> effect(EffectKey key) {
        return transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(EFFECT_COLUMNS + p + "effect WHERE effect_key = ?")) {
                s.setString(1, key.id());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(effect(r)) : Optional.<EffectRecord>empty();
                }
            }
        });
    }

    @Override
    public List<EffectRecord> effects(String flow, String subject) {
        return transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(EFFECT_COLUMNS + p
                    + "effect WHERE flow = ? AND subject = ? ORDER BY effect_key")) {
                s.setString(1, flow);
                s.setString(2, subject);
                List<EffectRecord> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(effect(r));
                    }
                }
                return out;
            }
        });
    }

    private static final String EFFECT_COLUMNS =
            "SELECT effect_key, flow, subject, state, fingerprint, intent, result, token, updated_at FROM ";

    private static EffectRecord effect(ResultSet r) throws SQLException {
        return new EffectRecord(r.getString(1), r.getString(2), r.getString(3), EffectRecord.State.valueOf(r.getString(4)),
                r.getString(5), fromJson(r.getString(6)), fromJson(r.getString(7)), r.getLong(8), Instant.ofEpochMilli(r.getLong(9)));
    }

    @Override
    public void begin(Lease lease, EffectKey key, String fingerprint, Map<String, String> intent) {
        transaction(c -> {
            fence(c, lease);
            String state = state(c, key);
            if ("DONE".equals(state)) {
                return null;
            }
            write(c, state != null, key, EffectRecord.State.BEGUN, fingerprint, intent, Map.of(), lease.token());
            return null;
        });
    }

    @Override
    public boolean complete(Lease lease, EffectKey key, String fingerprint, Map<String, String> intent, Map<String, String> result,
                            Map<String, Long> counterDeltas) {
        return transaction(c -> {
            fence(c, lease);
            String state = state(c, key);
            if ("DONE".equals(state)) {
                return false;
            }
            write(c, state != null, key, EffectRecord.State.DONE, fingerprint, intent, result, lease.token());
            for (Map.Entry<String, Long> delta : new TreeMap<>(counterDeltas).entrySet()) {
                addTo(c, delta.getKey(), delta.getValue());
            }
            return true;
        });
    }

    private String state(Connection c, EffectKey key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT state FROM " + p + "effect WHERE effect_key = ? FOR UPDATE")) {
            s.setString(1, key.id());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private void write(Connection c, boolean exists, EffectKey key, EffectRecord.State state, String fingerprint,
                       Map<String, String> intent, Map<String, String> result, long token) throws SQLException {
        String sql = exists
                ? "UPDATE " + p + "effect SET state = ?, fingerprint = ?, intent = ?, result = ?, token = ?, updated_at = ?, "
                + "flow = ?, subject = ? WHERE effect_key = ?"
                : "INSERT INTO " + p + "effect (state, fingerprint, intent, result, token, updated_at, flow, subject, effect_key) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, state.name());
            s.setString(2, fingerprint);
            s.setString(3, toJson(intent));
            s.setString(4, toJson(result));
            s.setLong(5, token);
            s.setLong(6, clock.millis());
            s.setString(7, key.flow());
            s.setString(8, key.subject());
            s.setString(9, key.id());
            s.executeUpdate();
        }
    }

    // ---- counters --------------------------------------------------------------------------------

    @Override
    public long counter(String name) {
        return transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT counter_value FROM " + p + "counter WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public long add(Lease lease, String name, long delta) {
        return transaction(c -> {
            fence(c, lease);
            return addTo(c, name, delta);
        });
    }

    private long addTo(Connection c, String name, long delta) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE " + p + "counter SET counter_value = counter_value + ? WHERE name = ?")) {
            u.setLong(1, delta);
            u.setString(2, name);
            if (u.executeUpdate() == 0) {
                // A concurrent first insert of the same name fails this one with a unique violation: the transaction is retried.
                try (PreparedStatement i = c.prepareStatement("INSERT INTO " + p + "counter (name, counter_value) VALUES (?, ?)")) {
                    i.setString(1, name);
                    i.setLong(2, delta);
                    i.executeUpdate();
                }
                return delta;
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT counter_value FROM " + p + "counter WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    // ---- dead letters ----------------------------------------------------------------------------

    private static final String LETTER_COLUMNS = "SELECT id, flow, subject, reason, payload, movement, amount, currency, "
            + "transaction_id, attempts, first_failed, last_failed, due_at, status, claimed_by, claimed_until, resolution, version FROM ";

    @Override
    public DeadLetter park(DeadLetter.Parking parking) {
        return transaction(c -> {
            long now = clock.millis();
            Optional<DeadLetter> known = letter(c, parking.id(), true);
            MoneyMoved money = parking.money();
            String sql = known.isPresent()
                    ? "UPDATE " + p + "dead_letter SET flow = ?, subject = ?, reason = ?, payload = ?, movement = ?, amount = ?, "
                    + "currency = ?, transaction_id = ?, attempts = attempts + 1, last_failed = ?, due_at = ?, status = 'OPEN', "
                    + "claimed_by = NULL, claimed_until = NULL, resolution = NULL, version = version + 1 WHERE id = ?"
                    : "INSERT INTO " + p + "dead_letter (flow, subject, reason, payload, movement, amount, currency, transaction_id, "
                    + "last_failed, due_at, id, attempts, first_failed, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, "
                    + "'OPEN', 1)";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, parking.flow());
                s.setString(2, parking.subject());
                s.setString(3, parking.reason());
                s.setString(4, parking.payload());
                s.setString(5, money.movement().name());
                s.setString(6, money.amount() == null ? null : money.amount().amount().toPlainString());
                s.setString(7, money.amount() == null ? null : money.amount().currency().getCurrencyCode());
                s.setString(8, money.transactionId());
                s.setLong(9, now);
                s.setLong(10, parking.dueAt().toEpochMilli());
                s.setString(11, parking.id());
                if (known.isEmpty()) {
                    s.setLong(12, now);
                }
                s.executeUpdate();
            }
            return letter(c, parking.id(), false).orElseThrow();
        });
    }

    @Override
    public Optional<DeadLetter> deadLetter(String id) {
        return transaction(c -> letter(c, id, false));
    }

    @Override
    public List<DeadLetter> openDeadLetters() {
        return transaction(c -> letters(c, LETTER_COLUMNS + p + "dead_letter WHERE status <> 'RESOLVED' ORDER BY first_failed, id",
                List.of()));
    }

    @Override
    public List<DeadLetter> claimDue(String owner, Duration claimFor, int max) {
        long now = clock.millis();
        // A few more candidates than wanted, since other runners may claim some of them first.
        List<DeadLetter> candidates = transaction(c -> letters(c, LETTER_COLUMNS + p + "dead_letter WHERE (status = 'OPEN' AND due_at <= ?) "
                + "OR (status = 'CLAIMED' AND claimed_until <= ?) ORDER BY first_failed, id FETCH FIRST ? ROWS ONLY",
                List.of(now, now, Math.max(max, 1) * 4)));
        List<DeadLetter> claimed = new ArrayList<>();
        for (DeadLetter candidate : candidates) {
            if (claimed.size() >= max) {
                break;
            }
            // Compare-and-set on the version: of two runners claiming the same letter, one updates it.
            boolean mine = transaction(c -> {
                try (PreparedStatement u = c.prepareStatement("UPDATE " + p + "dead_letter SET status = 'CLAIMED', claimed_by = ?, "
                        + "claimed_until = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                    u.setString(1, owner);
                    u.setLong(2, now + claimFor.toMillis());
                    u.setString(3, candidate.id());
                    u.setLong(4, candidate.version());
                    return u.executeUpdate() == 1;
                }
            });
            if (mine) {
                claimed.add(deadLetter(candidate.id()).orElseThrow());
            }
        }
        return claimed;
    }

    @Override
    public boolean resolve(String id, long expectedVersion, String resolution) {
        Objects.requireNonNull(resolution, "resolution");
        return transaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE " + p + "dead_letter SET status = 'RESOLVED', claimed_by = NULL, "
                    + "claimed_until = NULL, resolution = ?, version = version + 1 WHERE id = ? AND version = ? AND status <> 'RESOLVED'")) {
                u.setString(1, resolution);
                u.setString(2, id);
                u.setLong(3, expectedVersion);
                return u.executeUpdate() == 1;
            }
        });
    }

    private Optional<DeadLetter> letter(Connection c, String id, boolean lock) throws SQLException {
        List<DeadLetter> found = letters(c, LETTER_COLUMNS + p + "dead_letter WHERE id = ?" + (lock ? " FOR UPDATE" : ""), List.of(id));
        return found.stream().findAny();
    }

    private List<DeadLetter> letters(Connection c, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            List<DeadLetter> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String amount = r.getString(7);
                    MoneyMoved money = new MoneyMoved(MoneyMoved.Movement.valueOf(r.getString(6)),
                            amount == null ? null : Money.of(new BigDecimal(amount), Currency.getInstance(r.getString(8))), r.getString(9));
                    long claimedUntil = r.getLong(16);
                    boolean claimedNull = r.wasNull();
                    out.add(new DeadLetter(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), money,
                            r.getInt(10), Instant.ofEpochMilli(r.getLong(11)), Instant.ofEpochMilli(r.getLong(12)),
                            Instant.ofEpochMilli(r.getLong(13)), DeadLetter.Status.valueOf(r.getString(14)), r.getString(15),
                            claimedNull ? null : Instant.ofEpochMilli(claimedUntil), r.getString(17), r.getLong(18)));
                }
            }
            return out;
        }
    }

    // ---- plumbing --------------------------------------------------------------------------------

    /** Work in one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T in(Connection c) throws SQLException;
    }

    private <T> T transaction(Work<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.in(c);
                    c.commit();
                    return result;
                } catch (SQLException e) {
                    c.rollback();
                    if (!isRetryable(e)) {
                        throw e;
                    }
                    last = e;
                } catch (RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new FlowStoreException("flow store (" + dialect + ") failed: " + e.getMessage(), e);
            }
        }
        throw new FlowStoreException("flow store (" + dialect + ") met concurrent writers " + ATTEMPTS + " times", last);
    }

    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /** A concurrent insert of the same key, a serialization failure, a deadlock or H2's lock timeout: try again. */
    private static boolean isRetryable(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.equals("23505") || state.equals("40001") || state.equals("40P01") || state.equals("HYT00"));
    }

    private static Instant truncated(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }

    private static String toJson(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new FlowStoreException("a stored map is not JSON: " + e.getOriginalMessage(), null);
        }
    }

    /**
     * H2 writes a commit to its file up to half a second later by default; a process killed in that time
     * would lose a "begun" record it had promised. The flow store needs every commit written at once.
     */
    private static void writeThrough(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            throw new FlowStoreException("the H2 flow store must write each commit at once and could not say so (" + e.getMessage()
                    + "); connect as the database's admin or add ;WRITE_DELAY=0 to the JDBC URL", e);
        }
    }

    /** Configures a {@link JdbcFlowStore}. */
    public static final class Builder {
        private final DataSource dataSource;
        private Dialect dialect;
        private String prefix = "tb_";
        private Clock clock = Clock.systemUTC();
        private boolean migrate;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The database; found from the connection when not set.
         *
         * @param dialect the dialect
         * @return this builder
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = dialect;
            return this;
        }

        /**
         * Prefix of every table name, {@code tb_} by default: lower-case letters, digits and '_', up to 24.
         *
         * @param prefix the prefix
         * @return this builder
         */
        public Builder tablePrefix(String prefix) {
            if (prefix == null || !prefix.matches("[a-z][a-z0-9_]{0,23}")) {
                throw new IllegalArgumentException("tablePrefix must be lower-case letters, digits and '_' (up to 24), starting with "
                        + "a letter, was '" + prefix + "'");
            }
            this.prefix = prefix;
            return this;
        }

        /**
         * The clock leases and dead letters are timed by.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Apply the schema versions the database lacks when {@link #build()} runs. Off by default: the host
         * decides.
         *
         * @param migrate whether to migrate
         * @return this builder
         */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * Builds the store, finding the dialect and migrating when asked.
         *
         * @return the store
         * @throws FlowStoreException when the database cannot be reached or migrated
         */
        public JdbcFlowStore build() {
            try {
                Dialect chosen = dialect;
                if (chosen == null) {
                    try (Connection c = dataSource.getConnection()) {
                        chosen = Dialect.of(c);
                    }
                }
                if (chosen == Dialect.H2) {
                    writeThrough(dataSource);
                }
                if (migrate) {
                    new SchemaMigrator(dataSource, chosen, prefix, clock).migrate();
                }
                return new JdbcFlowStore(dataSource, chosen, prefix, clock);
            } catch (SQLException e) {
                throw new FlowStoreException("cannot open the flow store: " + e.getMessage(), e);
            }
        }
    }
}
