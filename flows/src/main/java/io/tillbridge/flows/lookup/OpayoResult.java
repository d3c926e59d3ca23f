package io.tillbridge.flows.lookup;

import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.EffectRecord;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.opayo.transactions.TransactionOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an Opayo transaction (payment, repeat or refund) came to, as an effect keeps it. Holds no
 * credential: a saved card identifier is passed on at once, never stored here.
 *
 * @param status        how it ended
 * @param transactionId Opayo's id
 * @param statusDetail  Opayo's words
 * @param amount        the amount in minor units as Opayo reports it, or null when it did not say
 * @param currency      the currency as Opayo reports it, or null
 * @param challenge     the 3-D Secure challenge to complete, when {@link Status#CHALLENGE}; else null
 */
public record OpayoResult(Status status, String transactionId, String statusDetail, Long amount, String currency,
                          TransactionOutcome.ChallengeRequired challenge) {

    /** How a transaction ended. */
    public enum Status {
        /** Ok: money moved. */
        AUTHORISED,
        /** The bank declined it. */
        DECLINED,
        /** The merchant's fraud rules refused it. */
        REJECTED,
        /** A 3-D Secure challenge is open on it. */
        CHALLENGE,
        /** Malformed, invalid, an error, or a state this flow does not take (Registered, Authenticated). */
        FAILED
    }

    /**
     * Requires a status and a transaction id.
     *
     * @param status        how it ended
     * @param transactionId Opayo's id
     * @param statusDetail  Opayo's words
     * @param amount        the amount in minor units as Opayo reports it, or null when it did not say
     * @param currency      the currency as Opayo reports it, or null
     * @param challenge     the 3-D Secure challenge to complete, when {@link Status#CHALLENGE}; else null
     */
    public OpayoResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(transactionId, "transactionId");
    }

    /**
     * Whether Opayo authorised the transaction.
     *
     * @return true when authorised
     */
    public boolean authorised() {
        return status == Status.AUTHORISED;
    }

    /**
     * Whether money moved, from what a store recorded of an Opayo effect: nothing recorded, nothing moved;
     * begun or a challenge still open, it may have; done and authorised, it did (in the given direction).
     *
     * @param record         the effect's record, when there is one
     * @param amount         the amount asked for
     * @param whenAuthorised the movement an authorised transaction means (charged or refunded)
     * @return the money moved
     */
    public static MoneyMoved moneyMoved(Optional<EffectRecord> record, Money amount, MoneyMoved.Movement whenAuthorised) {
        if (record.isEmpty()) {
            return MoneyMoved.NONE;
        }
        if (record.get().state() == EffectRecord.State.BEGUN) {
            return MoneyMoved.unknown(amount, null);
        }
        OpayoResult result = CODEC.load(record.get().result());
        if (result.authorised()) {
            return new MoneyMoved(whenAuthorised, amount, result.transactionId());
        }
        return result.status() == Status.CHALLENGE ? MoneyMoved.unknown(amount, result.transactionId()) : MoneyMoved.NONE;
    }

    /**
     * The result of a transaction Opayo answered.
     *
     * @param outcome Opayo's outcome
     * @return the result
     */
    public static OpayoResult of(TransactionOutcome outcome) {
        if (outcome instanceof TransactionOutcome.ChallengeRequired c) {
            return new OpayoResult(Status.CHALLENGE, c.transactionId(), c.statusDetail(), null, null, c);
        }
        io.tillbridge.opayo.transactions.Transaction t;
        Status status = Status.FAILED;
        if (outcome instanceof TransactionOutcome.Authorised a) {
            t = a.transaction();
            status = Status.AUTHORISED;
        } else if (outcome instanceof TransactionOutcome.Declined d) {
            t = d.transaction();
            status = Status.DECLINED;
        } else if (outcome instanceof TransactionOutcome.Rejected r) {
            t = r.transaction();
            status = Status.REJECTED;
        } else if (outcome instanceof TransactionOutcome.Registered r) {
            t = r.transaction();
        } else if (outcome instanceof TransactionOutcome.Authenticated a) {
            t = a.transaction();
        } else {
            t = ((TransactionOutcome.Failed) outcome).transaction();
        }
        return new OpayoResult(status, t.transactionId(), t.statusDetail() == null ? "" : t.statusDetail(), t.totalAmount(),
                t.currency(), null);
    }

    /** Saved as flat text; the challenge's ACS data is kept so a resumed run can hand it to the challenge handler again. */
    public static final ResultCodec<OpayoResult> CODEC = new ResultCodec<>() {
        @Override
        public Map<String, String> save(OpayoResult r) {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("status", r.status().name());
            out.put("transactionId", r.transactionId());
            out.put("statusDetail", r.statusDetail() == null ? "" : r.statusDetail());
            if (r.amount() != null) {
                out.put("amount", Long.toString(r.amount()));
            }
            if (r.currency() != null) {
                out.put("currency", r.currency());
            }
            TransactionOutcome.ChallengeRequired c = r.challenge();
            if (c != null) {
                out.put("challengeVersion", c.version().name());
                putIfSet(out, "acsUrl", c.acsUrl());
                putIfSet(out, "paReq", c.paReq());
                putIfSet(out, "cReq", c.cReq());
            }
            return out;
        }

        @Override
        public OpayoResult load(Map<String, String> s) {
            Status status = Status.valueOf(s.get("status"));
            TransactionOutcome.ChallengeRequired challenge = status != Status.CHALLENGE ? null
                    : new TransactionOutcome.ChallengeRequired(s.get("transactionId"),
                    TransactionOutcome.ChallengeRequired.Version.valueOf(s.get("challengeVersion")), s.get("acsUrl"), s.get("paReq"),
                    s.get("cReq"), s.get("statusDetail"));
            return new OpayoResult(status, s.get("transactionId"), s.get("statusDetail"),
                    s.containsKey("amount") ? Long.valueOf(s.get("amount")) : null, s.get("currency"), challenge);
        }

        private static void putIfSet(Map<String, String> out, String name, String value) {
            if (value != null) {
                out.put(name, value);
            }
        }
    };
}
