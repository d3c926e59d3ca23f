package io.tillbridge.flows.kashflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.runner.WorkFinder;
import io.tillbridge.runner.poll.OpayoReportingFinder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Reporting poll over the Opayo emulator: a business day's payments (or refunds), each found once. */
class OpayoReportingFinderTest {

    private final KashFlowWorld world = new KashFlowWorld();

    @AfterEach
    void close() {
        world.close();
    }

    private static String braced(String id) {
        return "{" + id + "}";
    }

    @Test
    void pollsTheBusinessDayFromItsStartThenOnlyWhatIsNewEachWithItsVendorTxCode() {
        world.clock.set(Instant.parse("2026-11-30T23:30:00Z")); // the day before, in London too
        String yesterday = world.charge("SHOP.3000.1", 500, "GBP");
        world.clock.set(Instant.parse("2026-12-01T09:00:00Z"));
        String first = world.charge("SHOP.3001.1", 1000, "GBP");
        String refund = world.refund(first, "SHOP.3001-R.1", 100);
        OpayoReportingFinder payments = OpayoReportingFinder.payments(world.opayo.reporting(), world.clock, KashFlowWorld.UK);
        OpayoReportingFinder refunds = OpayoReportingFinder.refunds(world.opayo.reporting(), world.clock, KashFlowWorld.UK);
        world.clock.set(Instant.parse("2026-12-01T09:05:00Z"));

        WorkFinder.Batch batch = payments.find(Optional.empty());

        assertThat(batch.subjects()).containsExactly(braced(first));
        assertThat(batch.payloads()).containsEntry(braced(first), "SHOP.3001.1").doesNotContainKey(braced(yesterday));
        assertThat(refunds.find(Optional.empty()).subjects()).containsExactly(braced(refund));

        // The next poll reads again from 15 minutes before the last one ended, but schedules nothing it saw there.
        world.clock.set(Instant.parse("2026-12-01T09:06:00Z"));
        String second = world.charge("SHOP.3002.1", 2000, "GBP");
        world.clock.set(Instant.parse("2026-12-01T09:07:00Z"));
        WorkFinder.Batch next = payments.find(Optional.of(batch.nextPosition()));
        assertThat(next.subjects()).containsExactly(braced(second));
        assertThat(next.payloads()).containsEntry(braced(second), "SHOP.3002.1");
        world.clock.set(Instant.parse("2026-12-01T09:30:00Z"));
        assertThat(payments.find(Optional.of(next.nextPosition())).subjects()).isEmpty();

        // A whole day again, whatever was found before.
        assertThat(payments.day(LocalDate.of(2026, 12, 1)).subjects()).containsExactlyInAnyOrder(braced(first), braced(second));
        assertThat(payments.day(LocalDate.of(2026, 11, 30)).subjects()).containsExactly(braced(yesterday));
    }

    @Test
    void aMalformedPositionIsATypedErrorAndANegativeOverlapIsRefused() {
        OpayoReportingFinder payments = OpayoReportingFinder.payments(world.opayo.reporting(), world.clock, KashFlowWorld.UK);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> payments.find(Optional.of("yesterday|")))
                .isInstanceOf(io.tillbridge.runner.RunnerException.class).hasMessageContaining("poll position");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OpayoReportingFinder(world.opayo.reporting(), world.clock,
                        KashFlowWorld.UK, Duration.ofMinutes(-1), t -> true))
                .isInstanceOf(io.tillbridge.runner.RunnerException.class).hasMessageContaining("overlap");
    }
}
