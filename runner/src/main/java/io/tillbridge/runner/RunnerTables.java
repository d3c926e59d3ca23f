package io.tillbridge.runner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The runner's own rows: poll cursors, event ids already taken in, settled days and rate holds. Every
 * write is a single statement whose outcome decides a race between instances (an insert that fails on
 * the primary key lost), so no instance needs a lock of its own.
 */
final class RunnerTables {

    private final DataSource dataSource;
    private final Dialect dialect;

    RunnerTables(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    /** Creates the tables that are missing; safe to run on every start and from several instances. */
    void applySchema() {
        String resource = dialect.schemaResource(1);
        String script;
        try (InputStream in = RunnerTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RunnerException("schema " + resource + " is missing from the jar");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RunnerException("cannot read schema " + resource, e);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                // Two instances starting together would race on CREATE ... IF NOT EXISTS (a known
                // PostgreSQL catalogue race); one transaction-scoped advisory lock serialises them.
                c.setAutoCommit(false);
                s.execute("SELECT pg_advisory_xact_lock(7316150214)");
            }
            for (String statement : statements(script)) {
                s.execute(statement);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new RunnerException("cannot apply the runner's schema: " + e.getMessage(), e);
        }
    }

    static java.util.List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : withoutComments.toString().split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    Optional<String> cursor(String name) {
        return queryString("SELECT position FROM tillbridge_runner_cursor WHERE name = ?", name);
    }

    void saveCursor(String name, String position, Instant now) {
        update(dialect == Dialect.POSTGRESQL
                        ? "INSERT INTO tillbridge_runner_cursor (name, position, updated_at) VALUES (?, ?, ?) "
                                + "ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, updated_at = EXCLUDED.updated_at"
                        : "MERGE INTO tillbridge_runner_cursor (name, position, updated_at) KEY (name) VALUES (?, ?, ?)",
                name, position, Timestamp.from(now));
    }

    /** True when this is the first time the event was seen; false for a replay. */
    boolean firstSighting(String source, String eventId, Instant now) {
        String sql = dialect == Dialect.POSTGRESQL
                ? "INSERT INTO tillbridge_seen_event (source, event_id, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
                : "INSERT INTO tillbridge_seen_event (source, event_id, seen_at) SELECT ?, ?, ? FROM DUAL "
                        + "WHERE NOT EXISTS (SELECT 1 FROM tillbridge_seen_event WHERE source = ? AND event_id = ?)";
        try {
            return dialect == Dialect.POSTGRESQL
                    ? update(sql, source, eventId, Timestamp.from(now)) == 1
                    : update(sql, source, eventId, Timestamp.from(now), source, eventId) == 1;
        } catch (RunnerException e) {
            if (e.getCause() instanceof SQLException sql2 && "23505".equals(sql2.getSQLState())) {
                return false; // H2: another instance inserted it between the check and the insert
            }
            throw e;
        }
    }

    /** Forgets an event that was taken in but could not be scheduled, so that its redelivery is accepted. */
    void forget(String source, String eventId) {
        update("DELETE FROM tillbridge_seen_event WHERE source = ? AND event_id = ?", source, eventId);
    }

    Optional<String> settlementReport(LocalDate day) {
        return queryString("SELECT report FROM tillbridge_settlement_run WHERE business_day = ?", day);
    }

    /** Records a settled day; false when another instance recorded it first. */
    boolean recordSettlement(LocalDate day, String report, Instant now) {
        try {
            return update("INSERT INTO tillbridge_settlement_run (business_day, report, finished_at) VALUES (?, ?, ?)",
                    day, report, Timestamp.from(now)) == 1;
        } catch (RunnerException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private Optional<String> queryString(String sql, Object key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new RunnerException("runner query failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new RunnerException("runner update failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof LocalDate date) {
                ps.setObject(i + 1, date);
            } else {
                ps.setObject(i + 1, arg);
            }
        }
    }
}
