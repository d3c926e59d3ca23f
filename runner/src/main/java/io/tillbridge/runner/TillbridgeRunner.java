package io.tillbridge.runner;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.tillbridge.runner.ingest.EventIngress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embeddable runner: finds work (polling), takes it in (webhooks and notifications, through
 * {@link io.tillbridge.runner.ingest.EventIngress}), runs it on a bounded pool and spreads it over every
 * instance that shares the database — on db-scheduler, where one task instance (an order id, a credit
 * note id, a business day) is executed by one instance at a time across the cluster, executions of an
 * instance that died are picked up by the others, and recurring work (polls, the daily settlement,
 * dead-letter replays) runs once per occurrence across the cluster.
 *
 * <p>The runner holds no business logic: the host hands it what to do with an order, a refund and a day
 * (typically {@code OrderToCashFlow::run}, {@code RefundFlow::run} and a settlement that returns its
 * report as text). Those flows run each side effect once through the effect engine, so a task that runs
 * again after a crash repeats no effect. The host owns the {@link DataSource} and closes it after the
 * runner.
 */
public final class TillbridgeRunner implements AutoCloseable {

    /** The kind of work that charges one sales order (order to cash). */
    public static final String ORDERS = "order";
    /** The kind of work that refunds one credit note. */
    public static final String REFUNDS = "refund";
    // db-scheduler task names: stable, since they are stored in the database.
    static final String TASK_PREFIX = "tillbridge-";
    static final String SETTLE_DAY_TASK = "tillbridge-settle-day";
    static final String SETTLEMENT_DAILY_TASK = "tillbridge-settlement-daily";
    static final String REPLAY_TASK = "tillbridge-replay-dead-letters";
    static final String TABLE = "tillbridge_scheduled_tasks";

    private static final Logger LOG = LoggerFactory.getLogger(TillbridgeRunner.class);

    private final Scheduler scheduler;
    private final RunnerTables tables;
    private final Clock clock;
    private final Map<String, CustomTask<String>> workTasks = new LinkedHashMap<>();
    private final Supplier<Optional<Instant>> heldUntil;
    private final OneTimeTask<Void> settleDayTask;
    private boolean started;
    private boolean closed;

    private TillbridgeRunner(Builder b) {
        this.clock = b.clock;
        this.tables = new RunnerTables(b.dataSource, b.dialect != null ? b.dialect : Dialect.of(b.dataSource));
        if (b.applySchema) {
            tables.applySchema();
        }
        FailureHandler<Void> backoff = new FailureHandler.ExponentialBackoffFailureHandler<>(b.retryBackoff, 2.0);
        this.heldUntil = b.heldUntil;
        b.work.forEach((kind, work) -> workTasks.put(kind, Tasks.custom(TASK_PREFIX + kind, String.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<String>(b.retryBackoff, 2.0))
                .execute((instance, context) -> {
                    // A downstream's budget is spent (Zoho's daily quota): the work waits for the reset, it
                    // does not fail or dead-letter.
                    Optional<Instant> held = held();
                    if (held.isPresent()) {
                        Instant until = held.get();
                        LOG.info("{} {} held until {}: the shared request budget is spent", kind, instance.getId(), until);
                        return (complete, operations) -> operations.reschedule(complete, until);
                    }
                    work.run(instance.getId(), Optional.ofNullable(instance.getData()));
                    return new CompletionHandler.OnCompleteRemove<>();
                })));
        this.settleDayTask = Tasks.oneTime(SETTLE_DAY_TASK).onFailure(backoff)
                .execute((instance, context) -> settle(LocalDate.parse(instance.getId()), b.settlement));

        List<Task<?>> known = new ArrayList<>(workTasks.values());
        known.add(settleDayTask);
        List<RecurringTask<Void>> recurring = new ArrayList<>();
        b.finders.forEach((kind, finder) -> {
            CustomTask<String> target = workTasks.get(kind);
            if (target == null) {
                throw new RunnerException("a finder is configured for '" + kind + "' but no work is");
            }
            recurring.add(pollTask(TASK_PREFIX + "poll-" + kind, finder.finder(), finder.every(), target));
        });
        if (b.settleAt != null) {
            ZoneId zone = b.businessZone;
            int lag = b.settleDaysAfter;
            recurring.add(Tasks.recurring(SETTLEMENT_DAILY_TASK, Schedules.daily(zone, b.settleAt))
                    .execute((instance, context) -> {
                        // The occurrence's own time, not "now": a late pickup after an outage still
                        // settles the day it was meant for.
                        LocalDate day = context.getExecution().executionTime.atZone(zone).toLocalDate().minusDays(lag);
                        submitSettlement(day);
                    }));
        }
        b.jobs.forEach((name, job) -> recurring.add(Tasks.recurring(TASK_PREFIX + "job-" + name, Schedules.fixedDelay(job.every()))
                .execute((instance, context) -> {
                    if (!job.spendsBudget() || held().isEmpty()) {
                        job.job().run();
                    }
                })));
        if (b.replay != null) {
            Runnable replay = b.replay;
            recurring.add(Tasks.recurring(REPLAY_TASK, Schedules.fixedDelay(b.replayEvery))
                    .execute((instance, context) -> {
                        if (held().isEmpty()) { // a replay spends the same budget as new work
                            replay.run();
                        }
                    }));
        }
        // Recurring tasks are known to the scheduler through startTasks, which also creates their rows.
        SchedulerBuilder sb = Scheduler.create(b.dataSource, known)
                .tableName(TABLE)
                .threads(b.threads)
                .pollingInterval(b.pollingInterval)
                .heartbeatInterval(b.heartbeatInterval)
                .missedHeartbeatsLimit(b.missedHeartbeats)
                .clock(clock::instant)
                .alwaysPersistTimestampInUTC()
                .enableImmediateExecution()
                .shutdownMaxWait(b.shutdownMaxWait)
                .startTasks(recurring);
        if (b.instanceName != null) {
            String name = b.instanceName;
            sb.schedulerName(new SchedulerName.Fixed(name));
        }
        this.scheduler = sb.build();
    }

    private Optional<Instant> held() {
        return heldUntil.get().filter(until -> until.isAfter(clock.instant()));
    }

    private RecurringTask<Void> pollTask(String name, WorkFinder finder, Duration every, CustomTask<String> target) {
        return Tasks.recurring(name, Schedules.fixedDelay(every)).execute((instance, context) -> {
            if (held().isPresent()) {
                // A poll costs requests too: while the budget is held it waits, and its stored position
                // makes sure that nothing changed meanwhile is missed.
                return;
            }
            Optional<String> position = tables.cursor(name);
            WorkFinder.Batch batch = finder.find(position);
            Instant now = clock.instant();
            for (String subject : batch.subjects()) {
                scheduler.scheduleIfNotExists(target.instance(subject, batch.payloads().get(subject)), now);
            }
            tables.saveCursor(name, batch.nextPosition(), now);
        });
    }

    private void settle(LocalDate day, Function<LocalDate, String> settlement) {
        if (tables.settlementReport(day).isPresent()) {
            LOG.info("settlement of {} already ran; its report is kept", day);
            return;
        }
        String report = settlement.apply(day);
        if (!tables.recordSettlement(day, report, clock.instant())) {
            LOG.warn("settlement of {} was recorded by another instance meanwhile", day);
        }
    }

    /**
     * Creates the runner's tables where they are missing (db-scheduler's executions, poll cursors, events
     * seen, settled days, rate buckets and holds). Safe to call on every start, from several instances at
     * once. Call it before building a {@link io.tillbridge.runner.ratelimit.SharedRateLimit} on the same
     * database, or let {@link Builder#applySchema(boolean)} do it.
     *
     * @param dataSource the H2 or PostgreSQL database the runner will use
     * @throws RunnerException when the database is of another kind or a script fails
     */
    public static void applySchema(DataSource dataSource) {
        new RunnerTables(dataSource, Dialect.of(dataSource)).applySchema();
    }

    /**
     * Starts configuring a runner on the host's database; the host keeps ownership of it and closes it
     * after the runner.
     *
     * @param dataSource the database shared by every instance that should split the work between them
     * @return a builder with the defaults; add work with {@link Builder#work(String, Consumer)}
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** Starts polling, recurring tasks and the execution pool. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("the runner was closed");
        }
        if (!started) {
            scheduler.start();
            started = true;
        }
    }

    /**
     * Schedules one piece of work of a configured kind for one subject (a sales order id for
     * {@link #ORDERS}), unless that subject is already scheduled or running on some instance; true when
     * it was scheduled now.
     *
     * @param kind    a kind given to {@link Builder#work(String, Work)}, e.g. {@link #ORDERS}
     * @param subject the id the work is about; at most 500 characters
     * @return true when it was scheduled now, false when it already was
     * @throws RunnerException when the kind is not configured or the subject is blank or too long
     */
    public boolean submit(String kind, String subject) {
        return submit(kind, subject, null);
    }

    /**
     * As {@link #submit(String, String)}, with a payload kept with the work and handed to it: what the
     * event that asked for the work carried (a webhook's sales order), so that the work need not read it
     * again. When the subject is already scheduled, the existing work keeps its own payload (or none).
     *
     * @param kind    a kind given to {@link Builder#work(String, Work)}
     * @param subject the id the work is about; at most 500 characters
     * @param payload up to {@value #MAX_PAYLOAD_CHARS} characters; null for none
     * @return true when it was scheduled now, false when it already was
     * @throws RunnerException when the kind is not configured, the subject is blank or too long, or the
     *                         payload is too long
     */
    public boolean submit(String kind, String subject, String payload) {
        CustomTask<String> task = workTasks.get(kind);
        if (task == null) {
            throw new RunnerException("kind '" + kind + "' is not configured; configured: " + workTasks.keySet());
        }
        if (payload != null && payload.length() > MAX_PAYLOAD_CHARS) {
            throw new RunnerException("payload of " + kind + " " + subject + " is longer than " + MAX_PAYLOAD_CHARS + " characters");
        }
        return scheduler.scheduleIfNotExists(task.instance(requireId(subject, "subject"), payload), clock.instant());
    }

    /** The largest payload kept with a piece of work: a webhook body the ingress accepts at its default size. */
    public static final int MAX_PAYLOAD_CHARS = 1024 * 1024;

    /**
     * The kinds of work this runner was configured with.
     *
     * @return the kinds, in the order they were configured; unmodifiable
     */
    public Set<String> kinds() {
        return Collections.unmodifiableSet(workTasks.keySet());
    }

    /**
     * Schedules the settlement of one business day, unless it is scheduled; it runs at most once per day.
     *
     * @param day the business day to settle
     * @return true when it was scheduled now; false when it is already scheduled or its report is kept
     */
    public boolean submitSettlement(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (tables.settlementReport(day).isPresent()) {
            return false;
        }
        return scheduler.scheduleIfNotExists(settleDayTask.instance(day.toString()), clock.instant());
    }

    /**
     * A handler for incoming webhooks and notifications that schedules their work on this runner and
     * remembers delivery ids in its database, so a replay is refused on any instance.
     *
     * @param sources      by name, e.g. {@code "zoho"} and {@code "opayo"}
     * @param maxBodyBytes larger deliveries are refused (413) before they are read
     * @return the ingress, for the host's web layer to hand each delivery to
     */
    public EventIngress ingress(Map<String, EventIngress.Source> sources, int maxBodyBytes) {
        return new EventIngress(this, sources, maxBodyBytes, new EventIngress.SeenEvents() {
            @Override
            public boolean firstSighting(String source, String eventId) {
                return tables.firstSighting(source, eventId, clock.instant());
            }

            @Override
            public void forget(String source, String eventId) {
                tables.forget(source, eventId);
            }
        });
    }

    /**
     * The kept report of a settled day.
     *
     * @param day the business day
     * @return the report the settlement returned, or empty while the day is not settled
     */
    public Optional<String> settlementReport(LocalDate day) {
        return tables.settlementReport(day);
    }

    /**
     * How many order, refund and settlement executions are scheduled or running (on any instance).
     *
     * @return the count across the cluster; recurring polls and jobs are not counted
     */
    public int pendingWork() {
        return countWork(e -> true);
    }

    /**
     * How many order, refund and settlement executions are running right now (on any instance).
     *
     * @return the count of executions some instance has picked
     */
    public int runningWork() {
        return countWork(ScheduledExecution::isPicked);
    }

    /** Order, refund and settlement executions on any instance that match; picked (running) ones included. */
    private int countWork(java.util.function.Predicate<ScheduledExecution<Object>> which) {
        int[] count = {0};
        List<String> tasks = new ArrayList<>();
        workTasks.values().forEach(t -> tasks.add(t.getName()));
        tasks.add(SETTLE_DAY_TASK);
        for (String task : tasks) {
            // The default filter would leave picked executions out.
            scheduler.fetchScheduledExecutionsForTask(task, Object.class, ScheduledExecutionsFilter.all(), e -> {
                if (which.test(e)) {
                    count[0]++;
                }
            });
        }
        return count[0];
    }

    RunnerTables tables() {
        return tables;
    }

    private static String requireId(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new RunnerException(field + " must not be blank");
        }
        if (id.length() > 500) {
            throw new RunnerException(field + " is longer than 500 characters");
        }
        return id;
    }

    /** Stops taking work, waits (up to the shutdown wait) for executions in flight, and releases the threads. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        scheduler.stop();
    }

    private record Finder(WorkFinder finder, Duration every) {
    }

    private record Job(Runnable job, Duration every, boolean spendsBudget) {
    }

    /** One piece of work: its subject, and the payload the event that asked for it carried, if any. */
    @FunctionalInterface
    public interface Work {
        /**
         * Does the work; an exception makes the runner try again later, with backoff.
         *
         * @param subject the subject (a sales order id, a credit note id, …)
         * @param payload what the event carried (a webhook's body), or empty when the work was found by
         *                polling, submitted without one, or scheduled before by another route
         */
        void run(String subject, Optional<String> payload);
    }

    /** Configures a runner. Every setting has a default but the work itself and the data source. */
    public static final class Builder {
        private final DataSource dataSource;
        private Dialect dialect;
        private final Map<String, Work> work = new LinkedHashMap<>();
        private final Map<String, Finder> finders = new LinkedHashMap<>();
        private final Map<String, Job> jobs = new LinkedHashMap<>();
        private Supplier<Optional<Instant>> heldUntil = Optional::empty;
        private Function<LocalDate, String> settlement = day -> {
            throw new RunnerException("no settlement configured for " + day);
        };
        private LocalTime settleAt;
        private int settleDaysAfter = 1;
        private ZoneId businessZone = ZoneId.of("Europe/London");
        private Runnable replay;
        private Duration replayEvery = Duration.ofMinutes(5);
        private int threads = 8;
        private Duration pollingInterval = Duration.ofSeconds(2);
        private Duration heartbeatInterval = Duration.ofSeconds(30);
        private int missedHeartbeats = 6;
        private Duration retryBackoff = Duration.ofSeconds(30);
        private Duration shutdownMaxWait = Duration.ofSeconds(30);
        private String instanceName;
        private Clock clock = Clock.systemUTC();
        private boolean applySchema;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * What to do with one subject of a kind of work: {@code work(ORDERS, orderToCash::run)},
         * {@code work(REFUNDS, refundFlow::run)}, or a kind of the host's own (an Opayo payment to post to
         * KashFlow, say). The work must record its business outcome itself (the flows never throw for
         * one); an exception makes the runner try the subject again later, with backoff.
         *
         * @param kind lower-case letters, digits and '-'; stable, since it is kept in the database
         * @param work runs one subject, given its id
         * @return this builder
         * @throws RunnerException when the kind is not of that form
         */
        public Builder work(String kind, Consumer<String> work) {
            Objects.requireNonNull(work, "work");
            return work(kind, (subject, payload) -> work.accept(subject));
        }

        /**
         * As {@link #work(String, Consumer)}, for work that can use the payload an event delivered with
         * its subject ({@link #submit(String, String, String)}): {@code (id, body) -> body.map(b ->
         * orderToCash.run(readOrder(b))).orElseGet(() -> orderToCash.run(id))}.
         *
         * @param kind lower-case letters, digits and '-'; stable, since it is kept in the database
         * @param work runs one subject, given its id and the payload kept with it
         * @return this builder
         * @throws RunnerException when the kind is not of that form
         */
        public Builder work(String kind, Work work) {
            if (kind == null || !kind.matches("[a-z][a-z0-9-]{0,40}")) {
                throw new RunnerException("work kind must be lower-case letters, digits and '-', was '" + kind + "'");
            }
            this.work.put(kind, Objects.requireNonNull(work, "work"));
            return this;
        }

        /**
         * Settles one business day and returns its report, kept by the runner as the proof the day ran.
         *
         * @param work settles the day it is given and returns the report as text
         * @return this builder
         */
        public Builder settlement(Function<LocalDate, String> work) {
            this.settlement = Objects.requireNonNull(work, "settlement");
            return this;
        }

        /**
         * Settles every day at {@code at} (business zone) for the day {@code daysAfter} days before.
         *
         * @param at        the time of day, in the {@linkplain #businessZone business zone}
         * @param daysAfter how many days back the settled day lies (default 1: yesterday); 0 settles today
         * @return this builder
         * @throws RunnerException when {@code daysAfter} is negative
         */
        public Builder settleDaily(LocalTime at, int daysAfter) {
            if (daysAfter < 0) {
                throw new RunnerException("settleDaily.daysAfter must not be negative, was " + daysAfter);
            }
            this.settleAt = Objects.requireNonNull(at, "at");
            this.settleDaysAfter = daysAfter;
            return this;
        }

        /**
         * The business time zone: the one the flows use to date payments and batches.
         *
         * @param zone the zone (default Europe/London)
         * @return this builder
         */
        public Builder businessZone(ZoneId zone) {
            this.businessZone = Objects.requireNonNull(zone, "businessZone");
            return this;
        }

        /**
         * Polls for subjects of a kind of work (sales orders to charge, credit notes to refund) every {@code every}.
         *
         * @param kind   a kind also given to {@link #work(String, Work)}; building fails otherwise
         * @param finder finds the subjects changed since its last position
         * @param every  the delay between the end of one poll and the start of the next
         * @return this builder
         */
        public Builder find(String kind, WorkFinder finder, Duration every) {
            finders.put(Objects.requireNonNull(kind, "kind"), new Finder(Objects.requireNonNull(finder, "finder"), positive(every, "find.every")));
            return this;
        }

        /**
         * Runs a job of the host's every {@code every}, once per occurrence across all instances — recurring
         * billing's {@code chargeAllDue}, say. A job must be safe to run again after a crash (the flows'
         * effects are). While the shared budget is held ({@link #holdWhile}), a job that spends it waits
         * for the next occurrence.
         *
         * @param name         lower-case letters, digits and '-'; stable, since it is kept in the database
         * @param every        the delay between the end of one run and the start of the next
         * @param spendsBudget whether the job calls the downstream whose budget {@link #holdWhile} guards
         * @param job          the host's job
         * @return this builder
         * @throws RunnerException when the name is not of that form or {@code every} is not positive
         */
        public Builder recurring(String name, Duration every, boolean spendsBudget, Runnable job) {
            if (name == null || !name.matches("[a-z][a-z0-9-]{0,40}")) {
                throw new RunnerException("job name must be lower-case letters, digits and '-', was '" + name + "'");
            }
            jobs.put(name, new Job(Objects.requireNonNull(job, "job"), positive(every, "recurring.every"), spendsBudget));
            return this;
        }

        /**
         * Replays dead letters that are due (the store's claim decides which), every {@code every}. While
         * the shared budget is held, a replay waits like new work does.
         *
         * @param replay replays the due dead letters, typically through the dead-letter store's replay
         * @param every  the delay between replays (default 5 minutes)
         * @return this builder
         */
        public Builder replayDeadLetters(Runnable replay, Duration every) {
            this.replay = Objects.requireNonNull(replay, "replay");
            this.replayEvery = positive(every, "replayDeadLetters.every");
            return this;
        }

        /**
         * While this answers a time in the future, work executions wait (are rescheduled) until then instead
         * of running: typically {@code sharedRateLimit::heldUntil}, so that a spent daily quota holds every
         * instance's work rather than failing it.
         *
         * @param heldUntil answers until when work should wait; a past time or empty lets it run
         * @return this builder
         */
        public Builder holdWhile(Supplier<Optional<Instant>> heldUntil) {
            this.heldUntil = Objects.requireNonNull(heldUntil, "heldUntil");
            return this;
        }

        /**
         * Executions run at once on this instance: bounds the load one instance puts on Opayo and the database.
         *
         * @param threads between 1 and 256 (default 8)
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1 || threads > 256) {
                throw new RunnerException("threads must be between 1 and 256, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * How often this instance looks for due executions (default 2 s).
         *
         * @param interval positive; work submitted on this instance starts at once regardless
         * @return this builder
         */
        public Builder pollingInterval(Duration interval) {
            this.pollingInterval = positive(interval, "pollingInterval");
            return this;
        }

        /**
         * How often this instance proves it is alive, and how many missed beats make its executions dead for
         * the others to pick up (default 30 s × 6).
         *
         * @param interval    the time between heartbeats
         * @param missedLimit at least 4, db-scheduler's own floor
         * @return this builder
         */
        public Builder heartbeat(Duration interval, int missedLimit) {
            this.heartbeatInterval = positive(interval, "heartbeat.interval");
            if (missedLimit < 4) {
                // db-scheduler's own floor: fewer would declare a slow instance dead.
                throw new RunnerException("heartbeat.missedLimit must be at least 4, was " + missedLimit);
            }
            this.missedHeartbeats = missedLimit;
            return this;
        }

        /**
         * The first wait before a failed execution runs again; doubled each time (default 30 s).
         *
         * @param first positive
         * @return this builder
         */
        public Builder retryBackoff(Duration first) {
            this.retryBackoff = positive(first, "retryBackoff");
            return this;
        }

        /**
         * How long {@link TillbridgeRunner#close()} waits for executions in flight (default 30 s).
         *
         * @param wait positive
         * @return this builder
         */
        public Builder shutdownMaxWait(Duration wait) {
            this.shutdownMaxWait = positive(wait, "shutdownMaxWait");
            return this;
        }

        /**
         * This instance's name in the executions table (default: the host name).
         *
         * @param name shown as the executions' picker, so it should tell instances apart
         * @return this builder
         */
        public Builder instanceName(String name) {
            this.instanceName = Objects.requireNonNull(name, "instanceName");
            return this;
        }

        /**
         * The clock that dates executions, cursors and holds (default the UTC system clock); tests give a
         * fixed or stepped one.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The database kind, when the driver's product name is not enough to tell.
         *
         * @param dialect the kind whose schema scripts to use
         * @return this builder
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * Creates the runner's tables on start where they are missing (off by default: the host may own its schema).
         *
         * @param apply true to create them when the runner is built
         * @return this builder
         */
        public Builder applySchema(boolean apply) {
            this.applySchema = apply;
            return this;
        }

        /**
         * Builds the runner; it takes no work until {@link TillbridgeRunner#start()}.
         *
         * @return the runner, which the host closes before its data source
         * @throws RunnerException when a finder names a kind with no work, or the database cannot be used
         */
        public TillbridgeRunner build() {
            return new TillbridgeRunner(this);
        }

        private static Duration positive(Duration d, String field) {
            Objects.requireNonNull(d, field);
            if (d.isNegative() || d.isZero()) {
                throw new RunnerException(field + " must be positive, was " + d);
            }
            return d;
        }
    }
}
