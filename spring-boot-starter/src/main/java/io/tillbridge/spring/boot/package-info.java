/**
 * Spring Boot 3.5 auto-configuration for Tillbridge: clients, the JDBC flow store on the application's
 * {@code DataSource} and the runner from {@code tillbridge.*} properties
 * ({@link io.tillbridge.spring.boot.TillbridgeProperties}); Micrometer meters when present; the
 * {@code tillbridge} health indicator with Actuator. Every bean gives way to the application's own.
 */
package io.tillbridge.spring.boot;
