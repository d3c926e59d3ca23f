package io.tillbridge.runner;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import com.zaxxer.hikari.HikariDataSource;

class PostgresRunnerTest extends RunnerContract {

    private HikariDataSource dataSource;

    @BeforeEach
    void createSchema() {
        dataSource = TestDatabases.postgres();
    }

    @AfterEach
    void dropSchema() {
        closeRunners();
        runners.clear();
        TestDatabases.dropSchema(dataSource);
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
