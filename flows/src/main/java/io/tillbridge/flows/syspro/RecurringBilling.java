package io.tillbridge.flows.syspro;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.flows.lookup.OpayoResult;
import io.tillbridge.flows.lookup.OpayoTransactions;
import io.tillbridge.mapping.gl.GlContext;
import io.tillbridge.mapping.gl.GlRuleTable;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.transactions.CredentialType;
import io.tillbridge.opayo.transactions.Enums;
import io.tillbridge.opayo.transactions.RepeatRequest;
import io.tillbridge.syspro.receivables.ArPayment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Recurring billing: subscriptions kept in the flow store, each due charge an Opayo Repeat of the card
 * stored by the first cardholder-initiated payment, with merchant-initiated (recurring) credentials, then
 * posted to SYSPRO as an AR payment like any payment.
 *
 * <p>Exactly once per period, across restarts and runners: the subject is (subscription, period), every
 * attempt's Repeat is an {@link Effect} keyed by it and the attempt number, with a vendorTxCode made from
 * the same three, so a runner that crashed, a second runner on the same store, or a host that lost its
 * store finds the charge in Opayo instead of charging again. A decline follows the {@link Dunning} rule:
 * the next attempt is due after its delay; after the last one the period is dead-lettered and the host's
 * {@link Notifier} is told once. The attempts made are read from the store's effect records, so a
 * decline is never counted twice.
 *
 * <p>A scheduler calls {@link #chargeAllDue(Instant)} on every tick — or {@link #dueCharges(Instant)} and
 * then {@link #chargeDue(String, LocalDate)} for each; calling it for a charge not yet due, or already
 * charged, is harmless.
 */
public final class RecurringBilling {

    /** The flow's name, in effect keys and dead letters. */
    public static final String NAME = "syspro-recurring";
    private static final String REPEAT = "opayo-repeat";
    private static final String PAYMENT = "ar-payment";
    private static final String NOTIFIED = NAME + "/notified/";
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyMMdd");

    /** Told once when a period's last attempt is declined. Must not throw (an exception is logged in the dead letter). */
    @FunctionalInterface
    public interface Notifier {
        /**
         * Called when a period's last attempt is declined.
         *
         * @param subscription the subscription
         * @param period       the period's due date
         * @param reason       why the charge failed, in words
         */
        void chargeFailed(Subscription subscription, LocalDate period, String reason);
    }

    /** A charge a scheduler should run now. */
    public record DueCharge(String subscriptionId, LocalDate period, int attempt, Instant dueAt) {
    }

    private final OpayoClient opayo;
    private final OpayoTransactions transactions;
    private final SysproTarget syspro;
    private final EffectEngine engine;
    private final SubscriptionBook book;
    private final Dunning dunning;
    private final Notifier notifier;
    private final GlRuleTable glRules;
    private final ZoneId zone;

    /**
     * Creates the flow.
     *
     * @param opayo    the Opayo client that takes the repeat payments
     * @param syspro   the SYSPRO target the payments are posted to
     * @param engine   the effect engine
     * @param dunning  when declined charges are tried again
     * @param notifier told when a period's last attempt is declined
     * @param glRules  the GL rules for the payments' postings
     * @param zone     the zone whose calendar the due dates follow
     */
    public RecurringBilling(OpayoClient opayo, SysproTarget syspro, EffectEngine engine, Dunning dunning, Notifier notifier,
                            GlRuleTable glRules, ZoneId zone) {
        this.opayo = Objects.requireNonNull(opayo, "opayo");
        this.transactions = new OpayoTransactions(opayo);
        this.syspro = Objects.requireNonNull(syspro, "syspro");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.book = new SubscriptionBook(engine);
        this.dunning = Objects.requireNonNull(dunning, "dunning");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.glRules = Objects.requireNonNull(glRules, "glRules");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Saves a subscription, or a new version of it (for example {@link Subscription#cancelled()}).
     *
     * @param subscription the subscription
     * @return false while another runner is writing subscriptions; try again
     */
    public boolean save(Subscription subscription) {
        return book.save(subscription);
    }

    /**
     * A subscription by id.
     *
     * @param id the subscription's id
     * @return the subscription, or empty
     */
    public Optional<Subscription> subscription(String id) {
        return book.find(id);
    }

    /**
     * Every subscription.
     *
     * @return the subscriptions
     */
    public List<Subscription> subscriptions() {
        return book.all();
    }

    /**
     * Every charge of an active subscription whose attempt is due by {@code asOf} and that is neither charged nor
     * given up.
     *
     * @param asOf the time to compare due times with
     * @return the charges, in due order
     */
    public List<DueCharge> dueCharges(Instant asOf) {
        List<DueCharge> due = new ArrayList<>();
        for (Subscription s : book.all()) {
            if (!s.active()) {
                continue;
            }
            for (LocalDate period : s.dueDates(LocalDate.ofInstant(asOf, zone))) {
                State state = state(subject(s.id(), period));
                if (state.paid || state.attempt > dunning.attempts()) {
                    continue;
                }
                Instant at = dueAt(period, state.attempt);
                if (!at.isAfter(asOf)) {
                    due.add(new DueCharge(s.id(), period, state.attempt, at));
                }
            }
        }
        return due;
    }

    /**
     * The scheduled task's whole body: runs every charge due by {@code asOf} ({@link #dueCharges}, then
     * {@link #chargeDue} for each). Any number of runners may call it at the same time on one store: a
     * charge another runner holds comes back {@link SysproOutcome.Busy} and is charged once. Never throws.
     *
     * @param asOf the time the charges are due by
     * @return each due charge's outcome, by its subject ({@code subscription@period}), in due order
     */
    public Map<String, SysproOutcome> chargeAllDue(Instant asOf) {
        Map<String, SysproOutcome> outcomes = new LinkedHashMap<>();
        List<DueCharge> due;
        try {
            due = dueCharges(asOf);
        } catch (RuntimeException e) {
            // The store could not be read: nothing was charged; the next tick tries again.
            return Map.of(NAME, new SysproOutcome.Held(NAME, "the due charges could not be read: " + e.getMessage()));
        }
        for (DueCharge charge : due) {
            outcomes.put(subject(charge.subscriptionId(), charge.period()), chargeDue(charge.subscriptionId(), charge.period()));
        }
        return outcomes;
    }

    /**
     * Charges one period of a subscription, or resumes it; at most once. Never throws.
     *
     * @param subscriptionId the subscription's id
     * @param period         the period's due date
     * @return the outcome
     */
    public SysproOutcome chargeDue(String subscriptionId, LocalDate period) {
        String subject = subject(subscriptionId, period);
        Map<String, Object> seen = new LinkedHashMap<>();
        return LeasedRun.run(engine, NAME, subject, () -> moneyMoved(subject, seen), run -> {
            Subscription s = book.find(subscriptionId)
                    .orElseThrow(() -> new LeasedRun.Refused("there is no subscription " + subscriptionId));
            seen.put("subscription", s);
            if (!s.dueDates(period).contains(period)) {
                throw new LeasedRun.Refused(period + " is not a due date of subscription " + subscriptionId);
            }
            State state = state(subject);
            if (!state.paid && state.attempt > dunning.attempts()) {
                return givenUp(run, s, period, state);
            }
            if (!state.paid && !s.active()) {
                throw new LeasedRun.Refused("subscription " + subscriptionId + " is cancelled; " + period + " is not charged");
            }
            Instant at = dueAt(period, state.attempt);
            if (!state.paid && engine.clock().instant().isBefore(at)) {
                throw new LeasedRun.NotDone("attempt " + state.attempt + " of " + subject + " is not due until " + at, true);
            }
            OpayoResult charged = LeasedRun.done(run.effect(repeat(s, period, state.attempt)), "Opayo repeat of " + subject);
            if (!charged.authorised()) {
                State after = state(subject);
                if (after.attempt > dunning.attempts()) {
                    return givenUp(run, s, period, after);
                }
                throw new LeasedRun.NotDone("attempt " + state.attempt + " was " + charged.status() + " (" + charged.statusDetail()
                        + "); attempt " + after.attempt + " is due at " + dueAt(period, after.attempt), true);
            }
            Map<String, String> results = new LinkedHashMap<>();
            results.put("transactionId", charged.transactionId());
            results.put("vendorTxCode", vendorTxCode(s.id(), period, state.attempt));
            results.put("arJournal", LeasedRun.done(run.effect(arPayment(s, period, state.attempt, charged)),
                    "ARSTPY payment of " + subject));
            return new SysproOutcome.Done(subject, results);
        });
    }

    private SysproOutcome givenUp(EffectEngine.Run run, Subscription s, LocalDate period, State state) {
        String reason = "declined " + (state.attempt - 1) + " times; the dunning rule is exhausted; no money moved for " + period;
        if (run.add(NOTIFIED + subject(s.id(), period), 1) == 1) {
            notifier.chargeFailed(s, period, reason);
        }
        throw new LeasedRun.Refused(reason);
    }

    private Effect<OpayoResult> repeat(Subscription s, LocalDate period, int attempt) {
        String subject = subject(s.id(), period);
        String code = vendorTxCode(s.id(), period, attempt);
        Map<String, String> refs = Map.of("vendorTxCode", code, "cardTransactionId", s.cardTransactionId(),
                "subscription", s.id(), "period", period.toString());
        return new Effect<>(new EffectKey(NAME, REPEAT, subject, attempt), Intent.of(s.amount(), refs),
                situation -> transactions.find(code, situation),
                () -> transactions.send(() -> opayo.transactions().repeat(new RepeatRequest(s.cardTransactionId(), code,
                        s.amount().toMinorUnits(), s.amount().currency().getCurrencyCode(),
                        "Subscription " + s.id() + " for " + period, null,
                        CredentialType.merchantInitiated(Enums.MitType.Recurring)))),
                OpayoResult.CODEC);
    }

    private Effect<String> arPayment(Subscription s, LocalDate period, int attempt, OpayoResult charged) {
        // The Opayo vendorTxCode may hold 40 characters, SYSPRO's Reference 30: a long one goes in its deterministic short form.
        String reference = SysproKeys.of(vendorTxCode(s.id(), period, attempt));
        String bank = glRules.derive(new GlContext(TransactionType.REPEAT, null, s.amount().currency(), null, 1)).bank();
        Map<String, String> refs = Map.of("reference", reference, "customer", s.customer(), "bank", bank,
                "transactionId", charged.transactionId());
        return new Effect<>(new EffectKey(NAME, PAYMENT, subject(s.id(), period), 1), Intent.of(s.amount(), refs),
                situation -> syspro.arPayment(s.customer(), reference),
                () -> SysproTarget.post("ARSTPY", () -> syspro.client().arPayments().post(
                        ArPayment.builder(s.customer(), s.amount().currency(), s.amount().amount(), reference).bank(bank)
                                .paymentDate(LocalDate.ofInstant(engine.clock().instant(), zone))
                                .narration("Opayo " + charged.transactionId() + " subscription " + s.id())
                                .unapplied(s.amount().amount()).build())).journalNumber()
                        .orElse("(SYSPRO gave no journal number)"),
                ResultCodec.text("journal"));
    }

    /**
     * Where a period stands, from the store's records: paid once a Repeat is recorded authorised; otherwise
     * the attempt to make is one more than the declines recorded (a begun attempt is resumed, not replaced).
     */
    private State state(String subject) {
        int attempt = 1;
        boolean paid = false;
        for (EffectRecord r : engine.store().effects(NAME, subject)) {
            if (!r.key().startsWith(NAME + "/" + REPEAT + "/")) {
                continue;
            }
            int n = Integer.parseInt(r.key().substring(r.key().lastIndexOf('/') + 1));
            if (r.state() == EffectRecord.State.DONE && OpayoResult.CODEC.load(r.result()).authorised()) {
                paid = true;
                attempt = n;
            } else if (r.state() == EffectRecord.State.DONE && !paid) {
                attempt = Math.max(attempt, n + 1);
            } else if (!paid) {
                attempt = Math.max(attempt, n);
            }
        }
        return new State(attempt, paid);
    }

    private record State(int attempt, boolean paid) {
    }

    private MoneyMoved moneyMoved(String subject, Map<String, Object> seen) {
        State state = state(subject);
        Subscription s = (Subscription) seen.get("subscription");
        if (s == null) {
            return MoneyMoved.NONE;
        }
        return OpayoResult.moneyMoved(engine.store().effect(new EffectKey(NAME, REPEAT, subject, Math.min(state.attempt,
                dunning.attempts()))), s.amount(), MoneyMoved.Movement.CHARGED);
    }

    private Instant dueAt(LocalDate period, int attempt) {
        return period.atStartOfDay(zone).toInstant().plus(dunning.delayOf(Math.min(attempt, dunning.attempts())));
    }

    static String subject(String subscriptionId, LocalDate period) {
        return subscriptionId + "@" + period;
    }

    /**
     * RB-{id}-{yyMMdd}-{attempt}: unique per (subscription, period, attempt); SYSPRO's reference is its
     * {@link SysproKeys} form when it is longer than 30 characters.
     */
    static String vendorTxCode(String subscriptionId, LocalDate period, int attempt) {
        return "RB-" + subscriptionId + "-" + PERIOD.format(period) + "-" + attempt;
    }
}
