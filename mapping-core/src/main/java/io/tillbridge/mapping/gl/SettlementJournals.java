package io.tillbridge.mapping.gl;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.model.JournalEntry;
import io.tillbridge.mapping.model.JournalLine;
import io.tillbridge.mapping.model.SettlementBatch;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns a settlement batch into GL journals, one per currency: receipts credited, refunds,
 * chargebacks and fees debited, and the net debited (or credited) to the bank. Lines with the same
 * account and side are summed. Every journal balances by construction, and {@link JournalEntry}
 * checks it again.
 */
public final class SettlementJournals {

    private SettlementJournals() {
    }

    /**
     * Builds the journal entries that post a settlement batch to the ledger: receipts, refunds,
     * chargebacks and fees against their GL accounts, and the net movement on the bank account.
     *
     * @param batch the settlement batch
     * @param rules the GL rules that choose each transaction's accounts
     * @param channel the sales channel the batch's transactions came through, for channel rules; may be null
     * @param date    the journal date
     * @return one balanced journal entry per currency in the batch, ordered by currency code
     * @throws NoGlRuleException     when a line matches no rule and the table has no default
     * @throws InvalidInputException when the batch holds a type that moves no money (deferred, void, …)
     */
    public static List<JournalEntry> build(SettlementBatch batch, GlRuleTable rules, String channel, LocalDate date) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(rules, "rules");
        Map<Currency, Map<Posting, Money>> byCurrency = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (int i = 0; i < batch.lines().size(); i++) {
            SettlementLine line = batch.lines().get(i);
            GlAccounts accounts = rules.derive(GlContext.of(line, channel));
            Map<Posting, Money> postings = byCurrency.computeIfAbsent(line.amount().currency(), c -> new TreeMap<>());
            Money amount = line.amount();
            switch (line.type()) {
                case PAYMENT, REPEAT, AUTHORISE, RELEASE -> add(postings, new Posting(JournalLine.Side.CREDIT, accounts.receipts()), amount);
                case REFUND -> add(postings, new Posting(JournalLine.Side.DEBIT, accounts.refunds()), amount);
                case CHARGEBACK -> add(postings, new Posting(JournalLine.Side.DEBIT, accounts.chargebacks()), amount);
                default -> throw new InvalidInputException("lines[" + i + "].type", line.type()
                        + " moves no money and cannot be settled (batch " + batch.batchId() + ")");
            }
            Money bankMovement = line.signedAmount();
            if (line.fee() != null && !line.fee().isZero()) {
                add(postings, new Posting(JournalLine.Side.DEBIT, accounts.fees()), line.fee());
                bankMovement = bankMovement.minus(line.fee());
            }
            // The bank is tracked as a signed net per account and turned into one line at the end.
            add(postings, new Posting(null, accounts.bank()), bankMovement);
        }
        List<JournalEntry> journals = new ArrayList<>();
        byCurrency.forEach((currency, postings) -> {
            List<JournalLine> lines = new ArrayList<>();
            postings.forEach((posting, amount) -> {
                if (posting.side() != null) {
                    lines.add(new JournalLine(posting.account(), posting.side(), amount, null));
                } else if (amount.isPositive()) {
                    lines.add(JournalLine.debit(posting.account(), amount, "net settlement"));
                } else if (amount.isNegative()) {
                    lines.add(JournalLine.credit(posting.account(), amount.negate(), "net settlement"));
                }
            });
            journals.add(new JournalEntry(batch.batchId() + "-" + currency.getCurrencyCode(), date,
                    "Opayo settlement batch " + batch.batchId() + " (" + currency.getCurrencyCode() + ")", lines));
        });
        return journals;
    }

    private static void add(Map<Posting, Money> postings, Posting posting, Money amount) {
        postings.merge(posting, amount, Money::plus);
    }

    /** An account and side; a null side is the bank's signed net. Ordered for stable journals. */
    private record Posting(JournalLine.Side side, String account) implements Comparable<Posting> {
        @Override
        public int compareTo(Posting other) {
            int bySide = Integer.compare(order(side), order(other.side));
            return bySide != 0 ? bySide : account.compareTo(other.account);
        }

        private static int order(JournalLine.Side side) {
            return side == null ? 2 : side.ordinal();
        }
    }
}
