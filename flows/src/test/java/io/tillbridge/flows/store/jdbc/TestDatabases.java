package io.tillbridge.flows.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the JDBC store is tested on. PostgreSQL comes from {@code TILLBRIDGE_TEST_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}); when no server answers, its
 * tests are skipped — unless {@code TILLBRIDGE_REQUIRE_PG=true} (CI), which makes that a failure.
 * Every test gets its own table prefix (or, for code with fixed table names such as the runner's, its
 * own schema), dropped afterwards, so runs repeat and two CI runs on one server do not collide. Other
 * modules' tests use this class through the flows test jar.
 */
public final class TestDatabases {

    public static final String PG_URL_VARIABLE = "TILLBRIDGE_TEST_PG_URL";
    public static final String REQUIRE_PG_VARIABLE = "TILLBRIDGE_REQUIRE_PG";
    private static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    /** Set once no server answered, so the remaining tests skip at once instead of waiting again. */
    private static volatile String unreachable;

    private TestDatabases() {
    }

    /** A unique table prefix for one test. */
    public static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT) + "_";
    }

    public static HikariDataSource h2File(java.nio.file.Path file, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + file.toAbsolutePath() + ";LOCK_TIMEOUT=10000");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("flows-h2-test");
        return new HikariDataSource(config);
    }

    /** A pool on the test PostgreSQL, or a skipped test (a failure when it is required) when none answers. */
    public static HikariDataSource postgres(int poolSize) {
        String url = System.getenv().getOrDefault(PG_URL_VARIABLE, DEFAULT_PG_URL);
        boolean required = "true".equalsIgnoreCase(System.getenv(REQUIRE_PG_VARIABLE));
        if (unreachable != null) {
            skipOrFail(unreachable, required, null);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("flows-pg-test");
        config.setConnectionTimeout(3_000);
        config.setInitializationFailTimeout(3_000);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException failure) {
            unreachable = "no PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***") + " (" + failure.getMessage()
                    + "). Start one (database 'test', user 'postgres') or set " + PG_URL_VARIABLE + " to a JDBC URL to run these tests; "
                    + REQUIRE_PG_VARIABLE + "=true makes this a failure.";
            skipOrFail(unreachable, required, failure);
            throw new AssertionError("not reached");
        }
    }

    /**
     * A pool on a schema of its own, created now — for tables whose names are fixed (the runner's,
     * db-scheduler's). Drop it with {@link #dropSchemaAndClose}.
     */
    public static HikariDataSource postgresInOwnSchema(int poolSize) {
        String schema = "tb_" + uniquePrefix().replace("_", "");
        try (HikariDataSource admin = postgres(1);
             Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new AssertionError("cannot create test schema " + schema, e);
        }
        String url = System.getenv().getOrDefault(PG_URL_VARIABLE, DEFAULT_PG_URL);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("pg-test-" + schema);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    /** Drops the schema {@link #postgresInOwnSchema} made, with everything in it, and closes the pool. */
    public static void dropSchemaAndClose(HikariDataSource dataSource) {
        String url = dataSource.getJdbcUrl();
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new AssertionError("cannot drop test schema " + schema, e);
        } finally {
            dataSource.close();
        }
    }

    private static void skipOrFail(String message, boolean required, Throwable cause) {
        if (required) {
            throw new AssertionError(message, cause);
        }
        Assumptions.abort(message);
    }

    /** Drops every table whose name starts with the prefix. */
    public static void dropTables(DataSource dataSource, String prefix) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
                while (r.next()) {
                    String name = r.getString("TABLE_NAME");
                    if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                        tables.add(name);
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    s.execute("DROP TABLE IF EXISTS " + table);
                }
            }
        }
    }
}
