package io.tillbridge.kashflow.bank;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A bank account, REST {@code /bankaccounts} (reference: kashflow.md §3): {@code Id}, numeric
 * {@code Code}, {@code AccountName}, flags and balances; the payment-type objects and feed details
 * stay in {@code other}.
 */
public record BankAccount(Long id, Integer code, String accountName, Boolean isDefaultAccount, Boolean isArchived,
                          BigDecimal startingAmount, BigDecimal bankBalance, Boolean transactionLockEnabled,
                          String transactionLockDate, String note, @JsonAnySetter Map<String, Object> other) {

    public BankAccount {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }
}
