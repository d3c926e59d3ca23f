package io.tillbridge.mapping.reconcile;

import io.tillbridge.mapping.model.LedgerRecord;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reconciles settlement lines (what the gateway paid) against ledger records (what the books say):
 * pairs by transaction id, then by vendorTxCode, then — if enabled — by currency, amount and a date
 * window; then reports every record's outcome, net totals and the discrepancies.
 *
 * <p>One side is indexed in compact arrays (about 130 bytes a record) and the other streamed once,
 * so time is linear in the input and memory proportional to the indexed side. Index the side you
 * expect to be smaller ({@link Builder#indexSide}); by default the settlement side, the day's
 * batches being usually smaller than a ledger's history. Records of the streamed side that miss
 * an exact match are held until the end only when the fallback could still pair them.
 *
 * <p>Deterministic: the same input in any order gives the same report, except which of two
 * same-key records that differ in amount is called the duplicate. Immutable and thread-safe; each
 * call works on its own state.
 */
public final class Reconciler {

    private final Side indexSide;
    private final int fallbackWindowDays;
    private final int expectedIndexSize;

    private Reconciler(Builder builder) {
        this.indexSide = builder.indexSide;
        this.fallbackWindowDays = builder.fallbackWindowDays;
        this.expectedIndexSize = builder.expectedIndexSize;
    }

    /**
     * Starts a reconciler with the defaults: the settlement side indexed, no amount-and-date fallback.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Pairs settlement lines with ledger records, holding only the indexed side in memory and streaming the other.
     *
     * @param settlement the settlement lines
     * @param ledger     the ledger records
     * @return the report: every record's outcome, with counts and differences per currency
     */
    public ReconciliationReport reconcile(Iterator<SettlementLine> settlement, Iterator<LedgerRecord> ledger) {
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(ledger, "ledger");
        Run run = new Run();
        if (indexSide == Side.SETTLEMENT) {
            settlement.forEachRemaining(run::acceptSettlement);
            run.finishIndex();
            ledger.forEachRemaining(run::acceptLedger);
        } else {
            ledger.forEachRemaining(run::acceptLedger);
            run.finishIndex();
            settlement.forEachRemaining(run::acceptSettlement);
        }
        return run.finish();
    }

    /**
     * Reconciles two collections; see {@link #reconcile(Iterator, Iterator)}.
     *
     * @param settlement the settlement lines
     * @param ledger     the ledger records
     * @return the report
     */
    public ReconciliationReport reconcile(Iterable<SettlementLine> settlement, Iterable<LedgerRecord> ledger) {
        return reconcile(settlement.iterator(), ledger.iterator());
    }

    /**
     * Reconciles two streams; see {@link #reconcile(Iterator, Iterator)}. The caller closes the streams.
     *
     * @param settlement the settlement lines
     * @param ledger     the ledger records
     * @return the report
     */
    public ReconciliationReport reconcile(Stream<SettlementLine> settlement, Stream<LedgerRecord> ledger) {
        return reconcile(settlement.iterator(), ledger.iterator());
    }

    static int sign(TransactionType type) {
        return type == TransactionType.REFUND || type == TransactionType.CHARGEBACK ? -1 : 1;
    }

    /** The state of one reconciliation. */
    private final class Run {
        // Indexed side, column-wise.
        private final KeyIndex txIds = new KeyIndex(expectedIndexSize);
        private final KeyIndex vendorCodes = new KeyIndex(expectedIndexSize);
        private long[] amounts = new long[Math.max(16, expectedIndexSize)];
        private int[] days = new int[amounts.length];
        private byte[] currencyIds = new byte[amounts.length];
        private int[] batchIds = new int[amounts.length];
        private boolean[] paired = new boolean[amounts.length];
        private int size;
        private AmountIndex byAmount;

        private final List<Currency> currencies = new ArrayList<>();
        private final Map<String, Integer> batchIdOf = new HashMap<>();
        private final List<String> batchNames = new ArrayList<>();
        private long[] settlementNet = new long[4];
        private long[] ledgerNet = new long[4];
        private long[][] batchNet = new long[16][];

        private final EnumMap<Outcome, Long> settlementOutcomes = new EnumMap<>(Outcome.class);
        private final EnumMap<Outcome, Long> ledgerOutcomes = new EnumMap<>(Outcome.class);
        private final EnumMap<MatchedBy, Long> matchedBy = new EnumMap<>(MatchedBy.class);
        private final List<Discrepancy> discrepancies = new ArrayList<>();
        private final List<Pending> pending = new ArrayList<>();

        void acceptSettlement(SettlementLine line) {
            int currency = currencyId(line.amount().currency());
            long minor = sign(line.type()) * line.amount().toMinorUnits();
            int batch = batchId(line.batchId());
            addNet(Side.SETTLEMENT, currency, batch, minor);
            accept(Side.SETTLEMENT, line.transactionId(), line.vendorTxCode(), currency, minor, line.date(), batch);
        }

        void acceptLedger(LedgerRecord record) {
            int currency = currencyId(record.amount().currency());
            long minor = sign(record.type()) * record.amount().toMinorUnits();
            addNet(Side.LEDGER, currency, -1, minor);
            accept(Side.LEDGER, record.transactionId(), record.vendorTxCode(), currency, minor, record.date(), -1);
        }

        private void accept(Side side, String txId, String vendorTxCode, int currency, long minor, LocalDate date, int batch) {
            if (side == indexSide) {
                index(side, txId, vendorTxCode, currency, minor, date, batch);
            } else {
                stream(side, txId, vendorTxCode, currency, minor, date, batch);
            }
        }

        private void index(Side side, String txId, String vendorTxCode, int currency, long minor, LocalDate date, int batch) {
            int entry = size;
            if (txId != null) {
                if (txIds.putIfAbsent(txId, entry) >= 0) {
                    duplicate(side, txId, vendorTxCode, currency, minor, date, batch);
                    return;
                }
                if (vendorTxCode != null) {
                    // A vendorTxCode already held by another transaction stays with the first; this
                    // record is still found by its own transaction id.
                    vendorCodes.putIfAbsent(vendorTxCode, entry);
                }
            } else if (vendorTxCode != null) {
                if (vendorCodes.putIfAbsent(vendorTxCode, entry) >= 0) {
                    duplicate(side, null, vendorTxCode, currency, minor, date, batch);
                    return;
                }
            }
            ensureCapacity(entry + 1);
            amounts[entry] = minor;
            days[entry] = (int) date.toEpochDay();
            currencyIds[entry] = (byte) currency;
            batchIds[entry] = batch;
            size++;
        }

        void finishIndex() {
            if (fallbackWindowDays >= 0) {
                byAmount = new AmountIndex(size);
                for (int entry = 0; entry < size; entry++) {
                    byAmount.add(currencyIds[entry], amounts[entry], entry);
                }
            }
        }

        private void stream(Side side, String txId, String vendorTxCode, int currency, long minor, LocalDate date, int batch) {
            int entry = txId == null ? -1 : txIds.get(txId);
            MatchedBy by = MatchedBy.TRANSACTION_ID;
            if (entry < 0 && vendorTxCode != null) {
                int candidate = vendorCodes.get(vendorTxCode);
                // Two different transaction ids are two transactions, whatever their vendorTxCodes say.
                if (candidate >= 0 && (txId == null || !txIds.hasKey(candidate))) {
                    entry = candidate;
                    by = MatchedBy.VENDOR_TX_CODE;
                }
            }
            if (entry >= 0) {
                if (paired[entry]) {
                    duplicate(side, txId, vendorTxCode, currency, minor, date, batch);
                } else {
                    pair(entry, side, txId, vendorTxCode, currency, minor, date, batch, by);
                }
            } else if (byAmount != null && byAmount.contains(currency, minor)) {
                pending.add(new Pending(txId, vendorTxCode, currency, minor, date, batch));
            } else {
                missing(side, txId, vendorTxCode, currency, minor, date, batch);
            }
        }

        private void pair(int entry, Side streamed, String txId, String vendorTxCode, int currency, long minor,
                          LocalDate date, int batch, MatchedBy by) {
            paired[entry] = true;
            matchedBy.merge(by, 1L, Long::sum);
            Outcome outcome = currencyIds[entry] != currency ? Outcome.CURRENCY_MISMATCH
                    : amounts[entry] != minor ? Outcome.AMOUNT_MISMATCH : Outcome.MATCHED;
            settlementOutcomes.merge(outcome, 1L, Long::sum);
            ledgerOutcomes.merge(outcome, 1L, Long::sum);
            if (outcome == Outcome.MATCHED) {
                return;
            }
            Money indexedAmount = money(currencyIds[entry], amounts[entry]);
            Money streamedAmount = money(currency, minor);
            if (streamed == Side.SETTLEMENT) {
                discrepancies.add(new Discrepancy(outcome, Side.SETTLEMENT, txId, vendorTxCode, batchName(batch),
                        streamedAmount, indexedAmount, date, by));
            } else {
                discrepancies.add(new Discrepancy(outcome, Side.SETTLEMENT, txIds.keyOf(entry), vendorCodes.keyOf(entry),
                        batchName(batchIds[entry]), indexedAmount, streamedAmount, LocalDate.ofEpochDay(days[entry]), by));
            }
        }

        ReconciliationReport finish() {
            Side streamed = indexSide == Side.SETTLEMENT ? Side.LEDGER : Side.SETTLEMENT;
            pending.sort(Pending.ORDER);
            for (Pending record : pending) {
                int entry = byAmount.closestUnpaired(record.currency, record.minor, (int) record.date.toEpochDay(),
                        record.txId != null);
                if (entry >= 0) {
                    pair(entry, streamed, record.txId, record.vendorTxCode, record.currency, record.minor, record.date,
                            record.batch, MatchedBy.AMOUNT_AND_DATE);
                } else {
                    missing(streamed, record.txId, record.vendorTxCode, record.currency, record.minor, record.date, record.batch);
                }
            }
            for (int entry = 0; entry < size; entry++) {
                if (!paired[entry]) {
                    missing(indexSide, txIds.keyOf(entry), vendorCodes.keyOf(entry), currencyIds[entry], amounts[entry],
                            LocalDate.ofEpochDay(days[entry]), batchIds[entry]);
                }
            }
            discrepancies.sort(Discrepancy.ORDER);
            Map<String, Map<Currency, Money>> byBatch = new TreeMap<>();
            for (int batch = 0; batch < batchNames.size(); batch++) {
                byBatch.put(batchNames.get(batch), totals(batchNet[batch]));
            }
            return new ReconciliationReport(settlementOutcomes, ledgerOutcomes, matchedBy, totals(settlementNet),
                    totals(ledgerNet), byBatch, discrepancies);
        }

        private void missing(Side side, String txId, String vendorTxCode, int currency, long minor, LocalDate date, int batch) {
            Outcome outcome = side == Side.SETTLEMENT ? Outcome.MISSING_IN_LEDGER : Outcome.MISSING_IN_SETTLEMENT;
            outcomes(side).merge(outcome, 1L, Long::sum);
            discrepancies.add(new Discrepancy(outcome, side, txId, vendorTxCode, batchName(batch), money(currency, minor),
                    null, date, null));
        }

        private void duplicate(Side side, String txId, String vendorTxCode, int currency, long minor, LocalDate date, int batch) {
            outcomes(side).merge(Outcome.DUPLICATE, 1L, Long::sum);
            discrepancies.add(new Discrepancy(Outcome.DUPLICATE, side, txId, vendorTxCode, batchName(batch),
                    money(currency, minor), null, date, null));
        }

        private EnumMap<Outcome, Long> outcomes(Side side) {
            return side == Side.SETTLEMENT ? settlementOutcomes : ledgerOutcomes;
        }

        private void addNet(Side side, int currency, int batch, long minor) {
            if (side == Side.SETTLEMENT) {
                settlementNet = grow(settlementNet, currency);
                settlementNet[currency] = Math.addExact(settlementNet[currency], minor);
                if (batchNet.length <= batch) {
                    batchNet = Arrays.copyOf(batchNet, Math.max(batch + 1, batchNet.length * 2));
                }
                long[] net = grow(batchNet[batch] == null ? new long[4] : batchNet[batch], currency);
                net[currency] = Math.addExact(net[currency], minor);
                batchNet[batch] = net;
            } else {
                ledgerNet = grow(ledgerNet, currency);
                ledgerNet[currency] = Math.addExact(ledgerNet[currency], minor);
            }
        }

        private long[] grow(long[] values, int index) {
            return index < values.length ? values : Arrays.copyOf(values, Math.max(index + 1, values.length * 2));
        }

        private Map<Currency, Money> totals(long[] net) {
            Map<Currency, Money> totals = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
            for (int currency = 0; currency < currencies.size(); currency++) {
                if (currency < net.length && net[currency] != 0) {
                    totals.put(currencies.get(currency), money(currency, net[currency]));
                }
            }
            return totals;
        }

        private int currencyId(Currency currency) {
            // Few currencies per run: a short scan beats hashing.
            for (int i = 0; i < currencies.size(); i++) {
                if (currencies.get(i) == currency) {
                    return i;
                }
            }
            if (currencies.size() == 127) {
                throw new IllegalStateException("more than 127 currencies in one reconciliation");
            }
            currencies.add(currency);
            return currencies.size() - 1;
        }

        private int batchId(String batch) {
            Integer id = batchIdOf.get(batch);
            if (id == null) {
                id = batchNames.size();
                batchNames.add(batch);
                batchIdOf.put(batch, id);
            }
            return id;
        }

        private String batchName(int batch) {
            return batch < 0 ? null : batchNames.get(batch);
        }

        private Money money(int currency, long minor) {
            return Money.ofMinor(minor, currencies.get(currency));
        }

        private void ensureCapacity(int needed) {
            if (needed > amounts.length) {
                int capacity = Math.max(needed, amounts.length + (amounts.length >> 1));
                amounts = Arrays.copyOf(amounts, capacity);
                days = Arrays.copyOf(days, capacity);
                currencyIds = Arrays.copyOf(currencyIds, capacity);
                batchIds = Arrays.copyOf(batchIds, capacity);
                paired = Arrays.copyOf(paired, capacity);
            }
        }

        /** Indexed entries by (currency, amount), each key's entries chained; for the fallback. */
        private final class AmountIndex {
            private final long[] keyAmounts;
            private final byte[] keyCurrencies;
            private final int[] heads;   // entry + 1
            private final int[] next;    // per entry: the next entry with the same key + 1
            private final int mask;

            AmountIndex(int entries) {
                int tableSize = Integer.highestOneBit(Math.max(32, entries * 2 - 1)) << 1;
                keyAmounts = new long[tableSize];
                keyCurrencies = new byte[tableSize];
                heads = new int[tableSize];
                next = new int[Math.max(1, entries)];
                mask = tableSize - 1;
            }

            void add(byte currency, long minor, int entry) {
                int slot = find(currency, minor);
                if (heads[slot] == 0) {
                    keyAmounts[slot] = minor;
                    keyCurrencies[slot] = currency;
                }
                next[entry] = heads[slot];
                heads[slot] = entry + 1;
            }

            boolean contains(int currency, long minor) {
                return heads[find((byte) currency, minor)] != 0;
            }

            /**
             * The unpaired entry with this key closest in date within the window; ties go to the
             * smaller id, then the earlier date. A record with a transaction id never pairs with an entry that has another one.
             */
            int closestUnpaired(int currency, long minor, int day, boolean hasTransactionId) {
                int best = -1;
                int bestDistance = Integer.MAX_VALUE;
                for (int link = heads[find((byte) currency, minor)]; link != 0; link = next[link - 1]) {
                    int entry = link - 1;
                    int distance = Math.abs(days[entry] - day);
                    if (paired[entry] || distance > fallbackWindowDays || (hasTransactionId && txIds.hasKey(entry))) {
                        continue;
                    }
                    if (best < 0 || distance < bestDistance || (distance == bestDistance && earlierInOrder(entry, best))) {
                        best = entry;
                        bestDistance = distance;
                    }
                }
                return best;
            }

            /** Ties between equally close entries go by id, then date, so input order never decides. */
            private boolean earlierInOrder(int entry, int other) {
                int byId = displayId(entry).compareTo(displayId(other));
                return byId != 0 ? byId < 0 : days[entry] < days[other];
            }

            private String displayId(int entry) {
                String tx = txIds.keyOf(entry);
                return tx != null ? tx : String.valueOf(vendorCodes.keyOf(entry));
            }

            private int find(byte currency, long minor) {
                int h = Long.hashCode(minor * 0x9E3779B97F4A7C15L) ^ currency;
                int slot = (h ^ (h >>> 16)) & mask;
                while (heads[slot] != 0 && (keyAmounts[slot] != minor || keyCurrencies[slot] != currency)) {
                    slot = (slot + 1) & mask;
                }
                return slot;
            }
        }
    }

    /** A streamed record waiting for the amount-and-date fallback. */
    private record Pending(String txId, String vendorTxCode, int currency, long minor, LocalDate date, int batch) {
        static final Comparator<Pending> ORDER = Comparator.comparing(Pending::date)
                .thenComparingInt(Pending::currency)
                .thenComparingLong(Pending::minor)
                .thenComparing(Pending::txId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Pending::vendorTxCode, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** Options for a reconciler. */
    public static final class Builder {
        private Side indexSide = Side.SETTLEMENT;
        private int fallbackWindowDays = -1;
        private int expectedIndexSize = 1024;

        private Builder() {
        }

        /**
         * Which side to hold in memory; choose the smaller. Default SETTLEMENT.
         *
         * @param side the side to index
         * @return this builder
         */
        public Builder indexSide(Side side) {
            this.indexSide = Objects.requireNonNull(side, "side");
            return this;
        }

        /**
         * Pairs records that match on neither id by currency, exact amount and a date at most this
         * many days apart. Off by default: a fallback pair is a guess, reported as AMOUNT_AND_DATE.
         *
         * @param days the largest date difference, in days
         * @return this builder
         */
        public Builder fallbackWithinDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("days must not be negative");
            }
            this.fallbackWindowDays = days;
            return this;
        }

        /**
         * Pre-sizes the index; saves regrowth copies for large runs.
         *
         * @param records the expected number of records on the indexed side
         * @return this builder
         */
        public Builder expectedIndexSize(int records) {
            if (records < 0) {
                throw new IllegalArgumentException("records must not be negative");
            }
            this.expectedIndexSize = records;
            return this;
        }

        /**
         * Builds the reconciler.
         *
         * @return the reconciler
         */
        public Reconciler build() {
            return new Reconciler(this);
        }
    }
}
