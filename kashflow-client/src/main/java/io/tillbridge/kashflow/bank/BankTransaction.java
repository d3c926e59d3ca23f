package io.tillbridge.kashflow.bank;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A bank transaction, REST {@code /bankaccounts/{accountId}/transactions} (reference: kashflow.md §3):
 * {@code PaidIn} or {@code MoneyOut}, {@code Comment}, links to a customer, supplier or invoice
 * ({@code ResourceNumber}), reconciliation and VAT fields. {@code TransactionType} 1 is an invoice
 * payment; 0 covers sales, purchases, bank-type codes, unallocated advance payments and transfers.
 */
public record BankTransaction(Long id, Long accountId, Integer transactionNumber, String date, BigDecimal paidIn,
                              BigDecimal moneyOut, String comment, String customerCode, String supplierCode, Integer resourceNumber,
                              Boolean reconciled, Integer transactionType, Boolean vatAble, BigDecimal vatAmount, BigDecimal vatRate,
                              @JsonAnySetter Map<String, Object> other) {

    public BankTransaction {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }

    /** {@code Date} as a date, read leniently. */
    public java.util.Optional<java.time.LocalDate> on() {
        return io.tillbridge.kashflow.internal.KashFlowJson.date(date);
    }
}
