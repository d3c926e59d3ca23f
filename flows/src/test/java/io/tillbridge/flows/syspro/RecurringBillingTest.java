package io.tillbridge.flows.syspro;

import io.tillbridge.sandbox.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.flows.store.DeadLetter;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.sandbox.opayo.EmulatedTransaction;
import io.tillbridge.sandbox.syspro.SysproBooks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecurringBillingTest {

    private final Map<String, Integer> notices = new ConcurrentHashMap<>();

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path directory;

    private RecurringBilling billing(SysproWorld world, OpayoSandbox opayo, String runner) {
        return billing(world, opayo, runner, world.store);
    }

    private RecurringBilling billing(SysproWorld world, OpayoSandbox opayo, String runner, io.tillbridge.flows.store.FlowStore over) {
        return new RecurringBilling(opayo.client, new SysproTarget(world.client), world.engine(runner, over), Dunning.standard(),
                (s, period, reason) -> notices.merge(s.id() + "@" + period, 1, Integer::sum), SysproWorld.GL, ZoneOffset.UTC);
    }

    @Test
    void aQuarterOfChargesOncePerPeriodWithTwoRunnersOnOneStoreDunningAndResets() {
        try (SysproWorld world = new SysproWorld(); OpayoSandbox opayo = new OpayoSandbox(world.clock)) {
            quarter(world, opayo, world.store);
        }
    }

    /** The same quarter with each runner on its own pool and store over one H2 file, as two processes would be. */
    @Test
    void aQuarterOfChargesOncePerPeriodWithTwoRunnersOnOneH2File() {
        try (var poolA = io.tillbridge.flows.store.jdbc.TestDatabases.h2File(directory.resolve("flows"), 2);
             var poolB = io.tillbridge.flows.store.jdbc.TestDatabases.h2File(directory.resolve("flows"), 2)) {
            var clock = new io.tillbridge.sandbox.MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
            var storeA = io.tillbridge.flows.store.jdbc.JdbcFlowStore.builder(poolA).clock(clock).migrate(true).build();
            var storeB = io.tillbridge.flows.store.jdbc.JdbcFlowStore.builder(poolB).clock(clock).build();
            try (SysproWorld world = new SysproWorld(storeA, clock); OpayoSandbox opayo = new OpayoSandbox(world.clock)) {
                quarter(world, opayo, storeB);
            }
        }
    }

    private void quarter(SysproWorld world, OpayoSandbox opayo, io.tillbridge.flows.store.FlowStore storeOfB) {
        {
            world.clock.advance(Duration.between(world.clock.instant(), Instant.parse("2026-01-01T10:00:00Z")));
            RecurringBilling a = billing(world, opayo, "runner-a");
            RecurringBilling b = billing(world, opayo, "runner-b", storeOfB);
            assertThat(a.save(new Subscription("S1", "000001", opayo.firstPayment("CIT-S1", 1999, "GBP"), Money.of("19.99", "GBP"),
                    LocalDate.of(2026, 1, 5), 1, 0, true))).isTrue();
            assertThat(b.save(new Subscription("S2", "000002", opayo.firstPayment("CIT-S2", 500, "GBP"), Money.of("5.00", "GBP"),
                    LocalDate.of(2026, 1, 20), 1, 0, true))).isTrue();
            assertThat(a.save(new Subscription("S3", "000001", opayo.firstPayment("CIT-S3", 750, "GBP"), Money.of("7.50", "GBP"),
                    LocalDate.of(2026, 2, 1), 1, 0, true))).isTrue();
            assertThat(b.subscriptions()).extracting(Subscription::id).containsExactly("S1", "S2", "S3");
            // S3's card is declined on every attempt for February (1 + 3 retries), and once in March (then paid on the retry).
            Set<LocalDate> declineDays = Set.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4),
                    LocalDate.of(2026, 2, 8), LocalDate.of(2026, 3, 1));
            world.emulator.faults().seed(5).resetAfterProcessing(0.5).only(SysproWorld.businessObject("ARSTPY"));
            opayo.emulator.faults().seed(9).resetAfterProcessing(0.5).only(r -> r.body() != null && r.body().contains("\"Repeat\""));

            for (LocalDate day = LocalDate.of(2026, 1, 1); !day.isAfter(LocalDate.of(2026, 3, 31)); day = day.plusDays(1)) {
                world.clock.advance(Duration.between(world.clock.instant(), day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
                opayo.emulator.declineRepeats(declineDays.contains(day) ? 1 : 0);
                if (day.equals(LocalDate.of(2026, 2, 15))) {
                    b = billing(world, opayo, "runner-b-restarted", storeOfB); // a runner restarts on the same store
                }
                // Both runners see the same due charges and both run them: the leases and effect keys make it once.
                List<RecurringBilling.DueCharge> dueA = a.dueCharges(world.clock.instant());
                for (int round = 0; round < 3; round++) {
                    for (RecurringBilling.DueCharge due : dueA) {
                        a.chargeDue(due.subscriptionId(), due.period());
                    }
                    // Runner b is driven as a scheduled task would drive it: one call per tick.
                    assertThat(b.chargeAllDue(world.clock.instant())).doesNotContainKey(RecurringBilling.NAME);
                }
            }

            List<EmulatedTransaction> repeats = new ArrayList<>(opayo.emulator.transactions().stream()
                    .filter(t -> t.type().equals("Repeat")).toList());
            assertThat(repeats.stream().collect(Collectors.groupingBy(EmulatedTransaction::vendorTxCode, Collectors.counting())))
                    .allSatisfy((code, n) -> assertThat(n).as(code).isEqualTo(1L));
            assertThat(repeats.stream().filter(t -> t.status().equals("Ok")).map(EmulatedTransaction::vendorTxCode))
                    .containsExactlyInAnyOrder("RB-S1-260105-1", "RB-S1-260205-1", "RB-S1-260305-1",
                            "RB-S2-260120-1", "RB-S2-260220-1", "RB-S2-260320-1", "RB-S3-260301-2");
            assertThat(repeats.stream().filter(t -> !t.status().equals("Ok")).map(EmulatedTransaction::vendorTxCode))
                    .containsExactlyInAnyOrder("RB-S3-260201-1", "RB-S3-260201-2", "RB-S3-260201-3", "RB-S3-260201-4",
                            "RB-S3-260301-1");
            List<SysproBooks.Payment> payments = world.emulator.books().payments().stream()
                    .filter(p -> p.reference().startsWith("RB-")).toList();
            assertThat(payments).extracting(SysproBooks.Payment::reference).doesNotHaveDuplicates().hasSize(7);
            assertThat(notices).containsExactly(Map.entry("S3@2026-02-01", 1));
            assertThat(world.store.openDeadLetters()).extracting(DeadLetter::subject).containsExactly("S3@2026-02-01");
            assertThat(world.store.openDeadLetters().get(0).reason()).contains("no money moved");
            assertThat(a.dueCharges(world.clock.instant())).isEmpty();
            // Resets did cut sends: some effects were recorded only after a lookup found them in Opayo or SYSPRO.
            assertThat(world.seen(io.tillbridge.flows.effect.EffectEngine.Boundary.AFTER_SEND))
                    .isLessThan(world.seen(io.tillbridge.flows.effect.EffectEngine.Boundary.AFTER_RECORD));
        }
    }
}
