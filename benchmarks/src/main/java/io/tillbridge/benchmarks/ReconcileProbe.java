package io.tillbridge.benchmarks;

import io.tillbridge.mapping.model.LedgerRecord;
import io.tillbridge.mapping.model.LedgerSystem;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.reconcile.ReconciliationReport;
import io.tillbridge.mapping.reconcile.Reconciler;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reconciles N settlement lines against N ledger records generated on the fly (deterministic; 1 % of
 * each discrepancy kind), on one thread, and reports lines per second and peak heap. Run in its own
 * JVM with {@code -Xmx256m} to prove the memory bound: {@code main} prints one JSON line.
 */
public final class ReconcileProbe {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private ReconcileProbe() {
    }

    /** The result of one run. */
    record Result(long lines, double seconds, long peakHeapBytes, ReconciliationReport report) {
        double linesPerSecond() {
            return lines / seconds;
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        run(n / 10); // warm up the JIT on a tenth
        Result result = run(n);
        System.out.println("{\"lines\":" + result.lines() + ",\"seconds\":" + result.seconds() + ",\"peakHeapBytes\":"
                + result.peakHeapBytes() + ",\"discrepancies\":" + result.report().discrepancies().size() + "}");
    }

    static Result run(int n) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        ReconciliationReport report = Reconciler.builder().expectedIndexSize(n).build()
                .reconcile(settlement(n), ledger(n));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Result(n, seconds, peak, report);
    }

    /** Line i: kind = i % 100 → 0 missing in ledger, 1 amount mismatch, 2 currency mismatch, 3 duplicate, 4 missing in settlement. */
    static Iterator<SettlementLine> settlement(int n) {
        return new Generator<>(n) {
            @Override
            SettlementLine make(int i) {
                int kind = i % 100;
                int id = kind == 3 ? i - 1 : i; // a duplicate repeats the previous line's id
                if (kind == 4) {
                    id = -i; // this line's ledger twin exists, but this one is a settlement-only transaction
                }
                return new SettlementLine("B" + (i / 50_000), "T" + id, "V" + id, TransactionType.PAYMENT,
                        Money.ofMinor(100 + (id & 1023), GBP), null, "Visa", null, DAY);
            }
        };
    }

    static Iterator<LedgerRecord> ledger(int n) {
        return new Generator<>(n) {
            @Override
            LedgerRecord make(int i) {
                int kind = i % 100;
                long minor = 100 + (i & 1023);
                Currency currency = GBP;
                if (kind == 0) {
                    return new LedgerRecord(LedgerSystem.ZOHO_INVENTORY, "L" + i, "X" + i, null, TransactionType.PAYMENT,
                            Money.ofMinor(minor, GBP), DAY); // the bank never saw this one
                }
                if (kind == 1) {
                    minor += 1;
                }
                if (kind == 2) {
                    currency = Currency.getInstance("EUR");
                }
                return new LedgerRecord(LedgerSystem.ZOHO_INVENTORY, "L" + i, "T" + i, null, TransactionType.PAYMENT,
                        Money.ofMinor(minor, currency), DAY);
            }
        };
    }

    /** Makes records as they are consumed: the input is never held in memory. */
    private abstract static class Generator<T> implements Iterator<T> {
        private final int n;
        private int next;

        Generator(int n) {
            this.n = n;
        }

        abstract T make(int i);

        @Override
        public boolean hasNext() {
            return next < n;
        }

        @Override
        public T next() {
            if (next >= n) {
                throw new NoSuchElementException();
            }
            return make(next++);
        }
    }
}
