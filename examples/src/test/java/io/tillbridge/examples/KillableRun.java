package io.tillbridge.examples;

import com.zaxxer.hikari.HikariDataSource;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.ordertocash.CardSource;
import io.tillbridge.flows.ordertocash.CustomerNotifier;
import io.tillbridge.flows.ordertocash.InMemoryPaymentHistory;
import io.tillbridge.flows.store.jdbc.JdbcFlowStore;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.session.MerchantSessionKey;
import io.tillbridge.opayo.session.SandboxCard;
import io.tillbridge.opayo.transactions.CardPayment;
import io.tillbridge.sandbox.opayo.SandboxCards;
import io.tillbridge.zoho.ZohoInventoryClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * The child process of {@link ProcessKillTest}: runs order to cash or a refund for one subject
 * against the parent's emulators, on an H2 file store, and — when told to — stops at a named
 * boundary of a named effect: it writes a marker file there and waits to be killed.
 *
 * <p>Arguments: piUrl reportingUrl zohoUrl h2File order|refund subject effect|- boundary|- markerFile|-
 */
public final class KillableRun {

    private KillableRun() {
    }

    public static void main(String[] args) throws Exception {
        String effect = args[6];
        String boundary = args[7];
        Path marker = args[8].equals("-") ? null : Path.of(args[8]);
        EffectEngine.Probe probe = (at, key) -> {
            if (marker != null && at.name().equals(boundary) && key.effect().equals(effect)) {
                stopHere(marker, at + " " + key);
            }
        };
        Clock clock = Clock.systemUTC();
        try (HikariDataSource dataSource = Demo.h2(Path.of(args[3]));
             OpayoClient opayo = SandboxWorld.opayoClient(args[0], args[1], clock);
             ZohoInventoryClient zoho = SandboxWorld.zohoClient(args[2], clock)) {
            CardSource cards = order -> {
                MerchantSessionKey key = opayo.merchantSessionKeys().create();
                var identifier = opayo.sandboxCardIdentifiers().create(key,
                        new SandboxCard("Kill Test", SandboxCards.VISA_DEBIT, "1229", SandboxCards.SECURITY_CODE));
                return CardPayment.saveForLater(key.key(), identifier.identifier());
            };
            SandboxWorld.Flows flows = SandboxWorld.flows(zoho, opayo, JdbcFlowStore.builder(dataSource).clock(clock).migrate(true).build(),
                    // A restarted host keeps its runner id, so it takes its own lease back at once (with a new fencing
                    // token) instead of waiting for the dead process's lease to expire.
                    "kill-test-host", probe, clock, cards, CustomerNotifier.NONE, new InMemoryPaymentHistory());
            Object outcome = args[4].equals("order") ? flows.orderToCash().run(args[5]) : flows.refunds().run(args[5]);
            System.out.println("OUTCOME " + outcome);
        }
    }

    /**
     * A probe that stops the process ({@link #stopHere}) at {@code boundary} of the effect named
     * {@code flow/effect}; a marker of {@code -} stops nowhere.
     */
    static EffectEngine.Probe stopAt(String flowAndEffect, String boundary, String marker) {
        Path file = marker.equals("-") ? null : Path.of(marker);
        return (at, key) -> {
            if (file != null && at.name().equals(boundary) && (key.flow() + "/" + key.effect()).equals(flowAndEffect)) {
                stopHere(file, at + " " + key);
            }
        };
    }

    /** Says where it stopped (atomically: the parent never reads half a marker), then waits for SIGKILL. */
    static void stopHere(Path marker, String where) {
        try {
            Path partial = marker.resolveSibling(marker.getFileName() + ".part");
            Files.writeString(partial, where, StandardCharsets.UTF_8);
            Files.move(partial, marker, StandardCopyOption.ATOMIC_MOVE);
            new CountDownLatch(1).await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
