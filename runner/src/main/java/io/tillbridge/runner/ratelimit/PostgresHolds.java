package io.tillbridge.runner.ratelimit;

import io.tillbridge.runner.RunnerException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Holds kept in {@code tillbridge_rate_hold}, so that every instance honours the one a single instance set. */
final class PostgresHolds implements SharedRateLimit.Holds {

    private final DataSource dataSource;

    PostgresHolds(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Instant> until(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT held_until FROM tillbridge_rate_hold WHERE limit_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new RunnerException("cannot read the rate hold for " + key + ": " + e.getMessage(), e);
        }
    }

    /** A later hold wins over an earlier one, never the reverse: two instances told of the same reset agree. */
    @Override
    public void hold(String key, Instant until, String reason) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO tillbridge_rate_hold (limit_key, held_until, reason) VALUES (?, ?, ?) "
                             + "ON CONFLICT (limit_key) DO UPDATE SET "
                             + "held_until = GREATEST(tillbridge_rate_hold.held_until, EXCLUDED.held_until), reason = EXCLUDED.reason")) {
            ps.setString(1, key);
            // PostgreSQL keeps microseconds: round up, so that no instance resumes before the reset.
            Instant micros = until.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            ps.setTimestamp(2, Timestamp.from(micros.isBefore(until) ? micros.plusNanos(1_000) : micros));
            ps.setString(3, reason);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new RunnerException("cannot record the rate hold for " + key + ": " + e.getMessage(), e);
        }
    }
}
