package io.tillbridge.kashflow.bank;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A bank transaction, REST {@code /bankaccounts/{accountId}/transactions} (reference: kashflow.md §3):
 * {@code PaidIn} or {@code MoneyOut}, {@code Comment}, links to a customer, supplier or invoice
 * ({@code ResourceNumber}), reconciliation and VAT fields. {@code TransactionType} 1 is an invoice
 * payment; 0 covers sales, purchases, bank-type codes, unallocated advance payments and transfers.
 *
 * @param id                KashFlow's {@code Id}
 * @param accountId         KashFlow's {@code AccountId}
 * @param transactionNumber KashFlow's {@code TransactionNumber}
 * @param date              KashFlow's {@code Date}
 * @param paidIn            KashFlow's {@code PaidIn}
 * @param moneyOut          KashFlow's {@code MoneyOut}
 * @param comment           KashFlow's {@code Comment}
 * @param customerCode      KashFlow's {@code CustomerCode}
 * @param supplierCode      KashFlow's {@code SupplierCode}
 * @param resourceNumber    KashFlow's {@code ResourceNumber}
 * @param reconciled        KashFlow's {@code Reconciled}
 * @param transactionType   KashFlow's {@code TransactionType}
 * @param vatAble           KashFlow's {@code VatAble}
 * @param vatAmount         KashFlow's {@code VatAmount}
 * @param vatRate           KashFlow's {@code VatRate}
 * @param other             every other field KashFlow sent, by its wire name
 */
public record BankTransaction(Long id, Long accountId, Integer transactionNumber, String date, BigDecimal paidIn,
                              BigDecimal moneyOut, String comment, String customerCode, String supplierCode, Integer resourceNumber,
                              Boolean reconciled, Integer transactionType, Boolean vatAble, BigDecimal vatAmount, BigDecimal vatRate,
                              @JsonAnySetter Map<String, Object> other) {

    /**
     * Keeps the fields not named here, unmodifiable and never null, so that nothing KashFlow sends is lost.
     *
     * @param id                KashFlow's {@code Id}
     * @param accountId         KashFlow's {@code AccountId}
     * @param transactionNumber KashFlow's {@code TransactionNumber}
     * @param date              KashFlow's {@code Date}
     * @param paidIn            KashFlow's {@code PaidIn}
     * @param moneyOut          KashFlow's {@code MoneyOut}
     * @param comment           KashFlow's {@code Comment}
     * @param customerCode      KashFlow's {@code CustomerCode}
     * @param supplierCode      KashFlow's {@code SupplierCode}
     * @param resourceNumber    KashFlow's {@code ResourceNumber}
     * @param reconciled        KashFlow's {@code Reconciled}
     * @param transactionType   KashFlow's {@code TransactionType}
     * @param vatAble           KashFlow's {@code VatAble}
     * @param vatAmount         KashFlow's {@code VatAmount}
     * @param vatRate           KashFlow's {@code VatRate}
     * @param other             every other field KashFlow sent, by its wire name
     */
    public BankTransaction {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }

    /**
     * {@code Date} as a date, read leniently.
     *
     * @return the date, or empty when absent or unreadable
     */
    public java.util.Optional<java.time.LocalDate> on() {
        return io.tillbridge.kashflow.internal.KashFlowJson.date(date);
    }
}
