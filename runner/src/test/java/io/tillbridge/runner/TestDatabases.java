package io.tillbridge.runner;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Databases for the runner's tests: a fresh in-memory H2, or a schema of its own on the test PostgreSQL
 * (the flows module's {@code TestDatabases}: skipped where no server answers, a failure when
 * {@code TILLBRIDGE_REQUIRE_PG=true}, as CI sets).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:runner-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    public static HikariDataSource postgres() {
        return io.tillbridge.flows.store.jdbc.TestDatabases.postgresInOwnSchema(12);
    }

    public static void dropSchema(HikariDataSource ds) {
        io.tillbridge.flows.store.jdbc.TestDatabases.dropSchemaAndClose(ds);
    }
}
