package io.tillbridge.runner.poll;

import io.tillbridge.runner.RunnerException;
import io.tillbridge.runner.WorkFinder;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.SalesOrder;
import io.tillbridge.zoho.resources.ListQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds confirmed, unpaid Zoho sales orders modified since the last poll: one list call per page
 * (200 orders), newest first by {@code last_modified_time}, stopping at the first order older than the
 * position — so a quiet poll costs one call, and a busy one a call per 200 changed orders.
 *
 * <p>Zoho's timestamps have whole seconds, so the position is the newest time seen together with the
 * ids seen at that very second: an order changed later in the same second is still found, and one
 * already found is not scheduled again.
 */
public final class ZohoSalesOrderFinder implements WorkFinder {

    private final ZohoInventoryClient zoho;
    private final Clock clock;
    private final Duration firstLookBack;

    /**
     * @param firstLookBack how far back the very first poll looks (there is no position yet)
     */
    public ZohoSalesOrderFinder(ZohoInventoryClient zoho, Clock clock, Duration firstLookBack) {
        this.zoho = Objects.requireNonNull(zoho, "zoho");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.firstLookBack = Objects.requireNonNull(firstLookBack, "firstLookBack");
    }

    /** Where the previous poll stopped: the newest modification time, and the ids seen at it. */
    record Position(Instant since, Set<String> idsAtSince) {

        static Position parse(String text) {
            int bar = text.indexOf('|');
            try {
                Instant since = Instant.parse(bar < 0 ? text : text.substring(0, bar));
                Set<String> ids = bar < 0 || bar == text.length() - 1 ? Set.of()
                        : new LinkedHashSet<>(Arrays.asList(text.substring(bar + 1).split(",")));
                return new Position(since, ids);
            } catch (java.time.format.DateTimeParseException e) {
                throw new RunnerException("poll position '" + text + "' is not <instant>|<ids>");
            }
        }

        String format() {
            return since + "|" + String.join(",", idsAtSince);
        }
    }

    @Override
    public Batch find(Optional<String> stored) {
        Position from = stored.map(Position::parse).orElseGet(() -> new Position(clock.instant().minus(firstLookBack), Set.of()));
        ListQuery query = ListQuery.builder().modifiedAfter(from.since().atOffset(ZoneOffset.UTC))
                .sortBy("last_modified_time", false).build();
        List<String> due = new ArrayList<>();
        Instant[] newest = {from.since()};
        Set<String> atNewest = new LinkedHashSet<>(from.idsAtSince());
        zoho.salesOrders().list(query)
                .takeWhile(order -> order.lastModifiedTime() == null || !order.lastModifiedTime().toInstant().isBefore(from.since()))
                .forEach(order -> {
                    if (order.lastModifiedTime() == null) {
                        return; // cannot be placed in time: the next full look finds it by other means
                    }
                    Instant modified = order.lastModifiedTime().toInstant();
                    boolean seenBefore = modified.equals(from.since()) && from.idsAtSince().contains(order.salesorderId());
                    if (!seenBefore && confirmed(order) && !paid(order)) {
                        due.add(order.salesorderId());
                    }
                    if (modified.isAfter(newest[0])) {
                        newest[0] = modified;
                        atNewest.clear();
                    }
                    if (modified.equals(newest[0])) {
                        atNewest.add(order.salesorderId());
                    }
                });
        return new Batch(due, new Position(newest[0], atNewest).format());
    }

    static boolean confirmed(SalesOrder order) {
        String status = order.orderStatus() != null ? order.orderStatus() : order.status();
        return status != null && status.toLowerCase(Locale.ROOT).equals("confirmed");
    }

    static boolean paid(SalesOrder order) {
        return order.paidStatus() != null && order.paidStatus().toLowerCase(Locale.ROOT).equals("paid");
    }
}
