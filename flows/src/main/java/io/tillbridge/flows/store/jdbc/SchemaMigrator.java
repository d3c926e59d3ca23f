package io.tillbridge.flows.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Applies the flow store's versioned scripts ({@code V<n>__<name>.sql}, listed in {@code index.txt}
 * per dialect) that a database does not have yet, and records each in {@code <prefix>schema_version}.
 * Two instances starting together do not both apply a version: each claims it by inserting its row
 * first, in the same transaction as the script (PostgreSQL's DDL is transactional; an embedded H2
 * file has one process).
 */
final class SchemaMigrator {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z0-9_]+)\\.sql");

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String prefix;
    private final Clock clock;

    SchemaMigrator(DataSource dataSource, Dialect dialect, String prefix, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.prefix = prefix;
        this.clock = clock;
    }

    /** @return the versions applied now */
    List<Integer> migrate() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("CREATE TABLE IF NOT EXISTS " + prefix + "schema_version (version INT PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
        } catch (SQLException e) {
            // PostgreSQL's IF NOT EXISTS does not cover two instances creating the table at the same moment (it fails
            // with a unique violation in its catalogue, or "already exists"): fine if the other one made it.
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.executeQuery("SELECT count(*) FROM " + prefix + "schema_version").close();
            } catch (SQLException stillMissing) {
                e.addSuppressed(stillMissing);
                throw e;
            }
        }
        List<Integer> applied = new ArrayList<>();
        for (String file : read("index.txt").lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            Matcher m = NAME.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException("schema script '" + file + "' is not named V<n>__<name>.sql");
            }
            int version = Integer.parseInt(m.group(1));
            if (apply(version, m.group(2), read(file))) {
                applied.add(version);
            }
        }
        return applied;
    }

    private boolean apply(int version, String description, String script) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement known = c.prepareStatement("SELECT 1 FROM " + prefix + "schema_version WHERE version = ?")) {
                    known.setInt(1, version);
                    try (ResultSet r = known.executeQuery()) {
                        if (r.next()) {
                            c.rollback();
                            return false;
                        }
                    }
                }
                try (PreparedStatement claim = c.prepareStatement("INSERT INTO " + prefix
                        + "schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    claim.setInt(1, version);
                    claim.setString(2, description);
                    claim.setLong(3, clock.millis());
                    claim.executeUpdate();
                }
                try (Statement s = c.createStatement()) {
                    for (String statement : statements(script)) {
                        s.execute(statement);
                    }
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (JdbcFlowStore.isUniqueViolation(e)) {
                    return false; // another instance applied it at the same moment
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1).replace("${prefix}", prefix));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("schema script ends without ';'");
        }
        return out;
    }

    private String read(String file) {
        String path = dialect.scripts() + file;
        try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("schema script " + path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
