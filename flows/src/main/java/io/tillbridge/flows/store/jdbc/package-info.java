/**
 * The JDBC flow store for H2 and PostgreSQL, on the host's {@code DataSource}, with its schema
 * migrations.
 */
package io.tillbridge.flows.store.jdbc;
