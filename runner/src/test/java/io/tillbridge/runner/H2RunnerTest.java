package io.tillbridge.runner;

import javax.sql.DataSource;

class H2RunnerTest extends RunnerContract {

    private final DataSource dataSource = TestDatabases.h2();

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
