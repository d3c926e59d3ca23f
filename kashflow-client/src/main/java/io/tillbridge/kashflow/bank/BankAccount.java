package io.tillbridge.kashflow.bank;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A bank account, REST {@code /bankaccounts} (reference: kashflow.md §3): {@code Id}, numeric
 * {@code Code}, {@code AccountName}, flags and balances; the payment-type objects and feed details
 * stay in {@code other}.
 *
 * @param id                     KashFlow's {@code Id}
 * @param code                   KashFlow's {@code Code}
 * @param accountName            KashFlow's {@code AccountName}
 * @param isDefaultAccount       KashFlow's {@code IsDefaultAccount}
 * @param isArchived             KashFlow's {@code IsArchived}
 * @param startingAmount         KashFlow's {@code StartingAmount}
 * @param bankBalance            KashFlow's {@code BankBalance}
 * @param transactionLockEnabled KashFlow's {@code TransactionLockEnabled}
 * @param transactionLockDate    KashFlow's {@code TransactionLockDate}
 * @param note                   KashFlow's {@code Note}
 * @param other                  every other field KashFlow sent, by its wire name
 */
public record BankAccount(Long id, Integer code, String accountName, Boolean isDefaultAccount, Boolean isArchived,
                          BigDecimal startingAmount, BigDecimal bankBalance, Boolean transactionLockEnabled,
                          String transactionLockDate, String note, @JsonAnySetter Map<String, Object> other) {

    /**
     * Keeps the fields not named here, unmodifiable and never null, so that nothing KashFlow sends is lost.
     *
     * @param id                     KashFlow's {@code Id}
     * @param code                   KashFlow's {@code Code}
     * @param accountName            KashFlow's {@code AccountName}
     * @param isDefaultAccount       KashFlow's {@code IsDefaultAccount}
     * @param isArchived             KashFlow's {@code IsArchived}
     * @param startingAmount         KashFlow's {@code StartingAmount}
     * @param bankBalance            KashFlow's {@code BankBalance}
     * @param transactionLockEnabled KashFlow's {@code TransactionLockEnabled}
     * @param transactionLockDate    KashFlow's {@code TransactionLockDate}
     * @param note                   KashFlow's {@code Note}
     * @param other                  every other field KashFlow sent, by its wire name
     */
    public BankAccount {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }
}
