package io.tillbridge.runner.poll;

import io.tillbridge.runner.WorkFinder;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.CreditNote;
import io.tillbridge.zoho.resources.ListQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds Zoho credit notes to refund by card: open, with a balance, raised against an invoice, and
 * changed since the last poll (by their {@code updated_time}, the name Zoho gives it on credit notes).
 *
 * <p>Zoho documents no filter and no sort for the credit-note list, so every poll reads the whole list,
 * one call per 200 credit notes, and picks the changed ones itself. That is affordable at an interval of
 * an hour or so; a Zoho workflow webhook on credit notes
 * ({@link io.tillbridge.runner.ingest.ZohoWebhooksSource}) brings each one at once for no poll at all,
 * and the two together lose nothing. Which open notes are refunds is the host's call (a shop may keep
 * some as credit for later invoices): {@link #refundable()} is the default rule.
 */
public final class ZohoCreditNoteFinder implements WorkFinder {

    private final ZohoInventoryClient zoho;
    private final Clock clock;
    private final Duration firstLookBack;
    private final Predicate<CreditNote> toRefund;

    /**
     * A finder with the host's own rule for which credit notes are refunds.
     *
     * @param zoho          the client that lists credit notes; every poll reads the whole list through it
     * @param clock         dates the first poll's look-back
     * @param firstLookBack how far back the very first poll looks (there is no position yet)
     * @param toRefund      which changed credit notes to refund; {@link #refundable()} by default
     */
    public ZohoCreditNoteFinder(ZohoInventoryClient zoho, Clock clock, Duration firstLookBack, Predicate<CreditNote> toRefund) {
        this.zoho = Objects.requireNonNull(zoho, "zoho");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.firstLookBack = Objects.requireNonNull(firstLookBack, "firstLookBack");
        this.toRefund = Objects.requireNonNull(toRefund, "toRefund");
    }

    /**
     * As the four-argument constructor, refunding what {@link #refundable()} accepts.
     *
     * @param zoho          the client that lists credit notes
     * @param clock         dates the first poll's look-back
     * @param firstLookBack how far back the very first poll looks (there is no position yet)
     */
    public ZohoCreditNoteFinder(ZohoInventoryClient zoho, Clock clock, Duration firstLookBack) {
        this(zoho, clock, firstLookBack, refundable());
    }

    /**
     * The default rule: the note is open and has a balance left. The refund flow finds the card payment
     * through the invoice the note credits; a note raised against no invoice ends on the dead-letter queue
     * for a person, which is why a shop that keeps open notes as credit gives its own rule.
     *
     * @return true for an open credit note with a positive balance
     */
    public static Predicate<CreditNote> refundable() {
        return note -> "open".equals(note.status() == null ? null : note.status().toLowerCase(Locale.ROOT))
                && note.balance() != null && note.balance().signum() > 0;
    }

    @Override
    public Batch find(Optional<String> stored) {
        ModifiedSince position = ModifiedSince.from(stored, clock.instant().minus(firstLookBack));
        List<String> due = new ArrayList<>();
        zoho.creditNotes().list(ListQuery.ALL).forEach(note -> {
            Instant changed = note.updatedTime() != null ? note.updatedTime().toInstant()
                    : note.lastModifiedTime() != null ? note.lastModifiedTime().toInstant() : null;
            if (changed != null && position.see(note.creditnoteId(), changed) && toRefund.test(note)) {
                due.add(note.creditnoteId());
            }
        });
        return new Batch(due, position.next());
    }
}
