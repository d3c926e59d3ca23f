package io.tillbridge.runner.poll;

import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.opayo.reporting.ReportedTransaction;
import io.tillbridge.opayo.reporting.ReportingService;
import io.tillbridge.runner.RunnerException;
import io.tillbridge.runner.WorkFinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds Opayo transactions that moved money, by polling the Reporting API's {@code getTransactionList}
 * ({@link ReportingService#transactions}): the safety net under Opayo's Server notifications, which a
 * shop can lose (a notification URL down for longer than Opayo retries). Each subject is the VPSTxId as
 * Reporting and the notifications write it (with braces), so a payment both notified and polled is one
 * scheduled piece of work while both are pending, and one posting in any case (the flows' effects are
 * keyed by the transaction id); the payload is the row's vendorTxCode, which
 * {@link io.tillbridge.runner.kashflow.KashFlowWork} reads the transaction with.
 *
 * <p>The first poll reads from the start of the current business day; later polls from where the
 * previous one stopped, less an overlap for rows Opayo lists a little after they started. The position
 * keeps the ids seen within that overlap, so a row is scheduled once. {@link #day} lists a whole
 * business day, for a host that polls a day again (before its settlement, say).
 *
 * <p>Only rows whose {@code result} is {@code SUCCESS} are work: a declined or aborted transaction moved
 * no money. Which transaction types are work is the finder's rule: {@link #payments} for the
 * {@code kashflow-payment} kind, {@link #refunds} for {@code kashflow-refund}.
 */
public final class OpayoReportingFinder implements WorkFinder {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss[.SSS][.SS][.S]");

    private final ReportingService reporting;
    private final Clock clock;
    private final ZoneId businessZone;
    private final Duration overlap;
    private final Predicate<TransactionType> types;

    /**
     * A finder of the transactions of some types.
     *
     * @param reporting    Opayo's Reporting API ({@code opayo.reporting()})
     * @param clock        the time of each poll
     * @param businessZone the zone whose calendar day the first poll starts at, and {@link #day} lists
     * @param overlap      how far before the previous poll's end the next one reads again (rows Opayo lists late)
     * @param types        which transaction types are work
     */
    public OpayoReportingFinder(ReportingService reporting, Clock clock, ZoneId businessZone, Duration overlap,
                                Predicate<TransactionType> types) {
        this.reporting = Objects.requireNonNull(reporting, "reporting");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.businessZone = Objects.requireNonNull(businessZone, "businessZone");
        this.overlap = Objects.requireNonNull(overlap, "overlap");
        if (overlap.isNegative()) {
            throw new RunnerException("overlap must not be negative, was " + overlap);
        }
        this.types = Objects.requireNonNull(types, "types");
    }

    /**
     * Payments that pay an invoice (Payment, Repeat, Authorise, Release), for the {@code kashflow-payment} kind.
     *
     * @param reporting    Opayo's Reporting API
     * @param clock        the time of each poll
     * @param businessZone the business day's zone
     * @return the finder, with an overlap of 15 minutes
     */
    public static OpayoReportingFinder payments(ReportingService reporting, Clock clock, ZoneId businessZone) {
        Set<TransactionType> paying = Set.of(TransactionType.PAYMENT, TransactionType.REPEAT, TransactionType.AUTHORISE,
                TransactionType.RELEASE);
        return new OpayoReportingFinder(reporting, clock, businessZone, Duration.ofMinutes(15), paying::contains);
    }

    /**
     * Refunds, for the {@code kashflow-refund} kind.
     *
     * @param reporting    Opayo's Reporting API
     * @param clock        the time of each poll
     * @param businessZone the business day's zone
     * @return the finder, with an overlap of 15 minutes
     */
    public static OpayoReportingFinder refunds(ReportingService reporting, Clock clock, ZoneId businessZone) {
        return new OpayoReportingFinder(reporting, clock, businessZone, Duration.ofMinutes(15), TransactionType.REFUND::equals);
    }

    @Override
    public Batch find(Optional<String> stored) {
        Instant now = clock.instant();
        Instant until;
        Set<String> seen;
        if (stored.isEmpty()) {
            until = LocalDate.ofInstant(now, businessZone).atStartOfDay(businessZone).toInstant();
            seen = Set.of();
        } else {
            String text = stored.get();
            int bar = text.indexOf('|');
            try {
                until = Instant.parse(bar < 0 ? text : text.substring(0, bar));
            } catch (DateTimeParseException e) {
                throw new RunnerException("poll position '" + text + "' is not <instant>|<ids>");
            }
            seen = bar < 0 || bar == text.length() - 1 ? Set.of() : Set.copyOf(Arrays.asList(text.substring(bar + 1).split(",")));
        }
        Instant from = stored.isEmpty() ? until : until.minus(overlap);
        if (!from.isBefore(now)) {
            return new Batch(List.of(), stored.orElse(now.toString() + "|"));
        }
        Set<String> due = new LinkedHashSet<>();
        Map<String, String> codes = new LinkedHashMap<>();
        Set<String> recent = new LinkedHashSet<>();
        Instant recentFrom = now.minus(overlap);
        try (Stream<ReportedTransaction> rows = reporting.transactions(from, now)) {
            rows.filter(this::isWork).forEach(row -> {
                if (!seen.contains(row.vpsTxId())) {
                    due.add(row.vpsTxId());
                    payload(codes, row);
                }
                Instant started = started(row);
                if (started == null || !started.isBefore(recentFrom)) {
                    recent.add(row.vpsTxId());
                }
            });
        }
        return new Batch(List.copyOf(due), now + "|" + String.join(",", recent), codes);
    }

    /**
     * Every transaction of the finder's types that moved money on one business day, with its vendorTxCode,
     * whatever was found before: scheduling and the flows are idempotent, so a day polled again posts
     * nothing twice.
     *
     * @param day the business day
     * @return the subjects and payloads; the position is the end of the day
     */
    public Batch day(LocalDate day) {
        Objects.requireNonNull(day, "day");
        Instant from = day.atStartOfDay(businessZone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(businessZone).toInstant();
        Set<String> due = new LinkedHashSet<>();
        Map<String, String> codes = new LinkedHashMap<>();
        try (Stream<ReportedTransaction> rows = reporting.transactions(from, to)) {
            rows.filter(this::isWork).forEach(row -> {
                due.add(row.vpsTxId());
                payload(codes, row);
            });
        }
        return new Batch(List.copyOf(due), to + "|", codes);
    }

    /** A row without a vendorTxCode is still work: the flow dead-letters it naming the field, rather than it being dropped. */
    private static void payload(Map<String, String> codes, ReportedTransaction row) {
        if (row.vendorTxCode() != null && !row.vendorTxCode().isBlank()) {
            codes.put(row.vpsTxId(), row.vendorTxCode());
        }
    }

    private boolean isWork(ReportedTransaction row) {
        return row.vpsTxId() != null && !row.vpsTxId().isBlank()
                && "SUCCESS".equalsIgnoreCase(row.result()) && types.test(TransactionType.fromOpayo(row.transactionType()));
    }

    private static Instant started(ReportedTransaction row) {
        if (row.started() == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(row.started(), STARTED).atZone(UK).toInstant();
        } catch (DateTimeParseException e) {
            return null; // kept among the recent ids: seen again rather than lost
        }
    }
}
