package io.tillbridge.opayo.reporting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A settlement batch from {@code getBatchList} (reference: opayo.md §2).
 *
 * @param batchId           the batch
 * @param authProcessorName the acquirer; needed again for {@code getBatchDetail}
 * @param completed         when it closed, UK time
 * @param groups            totals per currency
 */
public record Batch(String batchId, String authProcessorName, LocalDateTime completed, List<Group> groups) {

    /**
     * Copies the groups.
     *
     * @param batchId           the batch
     * @param authProcessorName the acquirer; needed again for {@code getBatchDetail}
     * @param completed         when it closed, UK time
     * @param groups            totals per currency
     */
    public Batch {
        groups = List.copyOf(groups);
    }

    /**
     * The batch's totals in one currency.
     *
     * @param paymentNumber how many payments
     * @param paymentValue  payments, major units
     * @param refundValue   refunds, major units
     * @param currency      ISO 4217
     */
    public record Group(long paymentNumber, BigDecimal paymentValue, BigDecimal refundValue, String currency) {
        /**
         * Payments minus refunds.
         *
         * @return the net amount
         */
        public BigDecimal net() {
            return paymentValue.subtract(refundValue);
        }
    }
}
