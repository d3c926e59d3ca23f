package io.tillbridge.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Databases for the runner's tests: a fresh in-memory H2, or a fresh schema on the PostgreSQL server named
 * by {@code TILLBRIDGE_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}).
 * Where no PostgreSQL answers, its tests are skipped with a message — unless {@code TILLBRIDGE_REQUIRE_PG}
 * is {@code true} (CI sets it), where they fail.
 */
public final class TestDatabases {

    public static final String PG_URL_VARIABLE = "TILLBRIDGE_TEST_PG_URL";
    public static final String REQUIRE_PG_VARIABLE = "TILLBRIDGE_REQUIRE_PG";

    private TestDatabases() {
    }

    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:runner-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** A pool on a schema of its own, created now; drop it with {@link #dropSchema}. */
    public static HikariDataSource postgres() {
        String url = System.getenv().getOrDefault(PG_URL_VARIABLE, "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String schema = "tb_runner_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setURL(url);
        plain.setConnectTimeout(3);
        try (Connection c = plain.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***") + " did not answer ("
                    + e.getMessage() + "). Start one, or set " + PG_URL_VARIABLE + " to a server's JDBC URL.";
            if ("true".equalsIgnoreCase(System.getenv(REQUIRE_PG_VARIABLE))) {
                throw new AssertionError(message + " " + REQUIRE_PG_VARIABLE + "=true, so this is a failure.", e);
            }
            Assumptions.abort(message);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setMaximumPoolSize(12);
        config.setPoolName("runner-test-" + schema);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    public static void dropSchema(HikariDataSource ds) {
        String url = ds.getJdbcUrl();
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new AssertionError("cannot drop test schema " + schema, e);
        } finally {
            ds.close();
        }
    }
}
