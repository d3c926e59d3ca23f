package io.tillbridge.flows.syspro;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.EffectOutcome;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.Lookup;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Subscriptions kept in the {@link io.tillbridge.flows.store.FlowStore} itself, so that every runner
 * sharing a store (memory, H2, PostgreSQL) sees the same ones without a table of their own: each saved
 * version is one recorded entry, numbered by a store counter, under the lease on the book; the latest
 * entry of an id is the subscription. Entries are never changed, so a version is never lost.
 */
final class SubscriptionBook {

    static final String FLOW = "syspro-subscriptions";
    private static final String SUBJECT = "book";
    private static final String NEXT = FLOW + "/next";

    private static final ResultCodec<Subscription> CODEC = new ResultCodec<>() {
        @Override
        public Map<String, String> save(Subscription s) {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("id", s.id());
            out.put("customer", s.customer());
            out.put("cardTransactionId", s.cardTransactionId());
            out.put("amount", s.amount().amount().toPlainString());
            out.put("currency", s.amount().currency().getCurrencyCode());
            out.put("firstDue", s.firstDue().toString());
            out.put("everyMonths", Integer.toString(s.everyMonths()));
            out.put("periods", Integer.toString(s.periods()));
            out.put("active", Boolean.toString(s.active()));
            return out;
        }

        @Override
        public Subscription load(Map<String, String> s) {
            return new Subscription(s.get("id"), s.get("customer"), s.get("cardTransactionId"),
                    Money.of(s.get("amount"), s.get("currency")), LocalDate.parse(s.get("firstDue")),
                    Integer.parseInt(s.get("everyMonths")), Integer.parseInt(s.get("periods")), Boolean.parseBoolean(s.get("active")));
        }
    };

    private final EffectEngine engine;

    SubscriptionBook(EffectEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Saves a subscription (a new one, or a new version of one).
     *
     * @return false while another runner is writing the book; try again
     */
    boolean save(Subscription subscription) {
        Optional<EffectEngine.Run> started = engine.start(FLOW, SUBJECT);
        if (started.isEmpty()) {
            return false;
        }
        try (EffectEngine.Run run = started.get()) {
            if (find(subscription.id()).filter(subscription::equals).isPresent()) {
                return true;
            }
            int entry = Math.toIntExact(run.add(NEXT, 1));
            Effect<Subscription> write = new Effect<>(new EffectKey(FLOW, "entry", SUBJECT, entry),
                    Intent.of(CODEC.save(subscription)), situation -> Lookup.absent(), () -> subscription, CODEC);
            EffectOutcome<Subscription> outcome = run.effect(write);
            if (!(outcome instanceof EffectOutcome.Done<Subscription>)) {
                throw new IllegalStateException(EffectOutcome.whyNotDone(outcome, "saving subscription " + subscription.id()));
            }
            return true;
        }
    }

    Optional<Subscription> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The latest version of every subscription, by id. */
    List<Subscription> all() {
        Map<String, Subscription> latest = new LinkedHashMap<>();
        engine.store().effects(FLOW, SUBJECT).stream().filter(r -> r.state() == EffectRecord.State.DONE)
                .sorted(Comparator.comparingLong(SubscriptionBook::entryNumber))
                .forEach(r -> {
                    Subscription s = CODEC.load(r.result());
                    latest.put(s.id(), s);
                });
        return List.copyOf(latest.values());
    }

    private static long entryNumber(EffectRecord record) {
        return Long.parseLong(record.key().substring(record.key().lastIndexOf('/') + 1));
    }
}
