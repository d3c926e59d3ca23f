package io.tillbridge.runner.poll;

import io.tillbridge.runner.WorkFinder;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.model.SalesOrder;
import io.tillbridge.zoho.resources.ListQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
     * A finder that reads sales orders through {@code zoho}, newest change first.
     *
     * @param zoho          the client that lists sales orders
     * @param clock         dates the first poll's look-back
     * @param firstLookBack how far back the very first poll looks (there is no position yet)
     */
    public ZohoSalesOrderFinder(ZohoInventoryClient zoho, Clock clock, Duration firstLookBack) {
        this.zoho = Objects.requireNonNull(zoho, "zoho");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.firstLookBack = Objects.requireNonNull(firstLookBack, "firstLookBack");
    }

    @Override
    public Batch find(Optional<String> stored) {
        ModifiedSince position = ModifiedSince.from(stored, clock.instant().minus(firstLookBack));
        ListQuery query = ListQuery.builder().modifiedAfter(position.since().atOffset(ZoneOffset.UTC))
                .sortBy("last_modified_time", false).build();
        List<String> due = new ArrayList<>();
        zoho.salesOrders().list(query)
                .takeWhile(order -> order.lastModifiedTime() == null || !position.before(order.lastModifiedTime().toInstant()))
                .forEach(order -> {
                    if (order.lastModifiedTime() == null) {
                        return; // cannot be placed in time: the next full look finds it by other means
                    }
                    if (position.see(order.salesorderId(), order.lastModifiedTime().toInstant()) && confirmed(order) && !paid(order)) {
                        due.add(order.salesorderId());
                    }
                });
        return new Batch(due, position.next());
    }

    static boolean confirmed(SalesOrder order) {
        String status = order.orderStatus() != null ? order.orderStatus() : order.status();
        return status != null && status.toLowerCase(Locale.ROOT).equals("confirmed");
    }

    static boolean paid(SalesOrder order) {
        return order.paidStatus() != null && order.paidStatus().toLowerCase(Locale.ROOT).equals("paid");
    }
}
