package io.tillbridge.kashflow.bank;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.TillbridgeException;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.kashflow.KashFlowApiException;
import io.tillbridge.kashflow.UnreadableAnswerException;
import io.tillbridge.kashflow.internal.KashFlowRest;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bank accounts and their transactions, REST {@code /bankaccounts} and
 * {@code /bankaccounts/{accountId}/transactions} (reference: kashflow.md §3): for settlement
 * deposits and fees.
 */
public final class BankAccounts {

    private final KashFlowRest rest;
    private final Currency homeCurrency;

    /**
     * Creates the service; {@link io.tillbridge.kashflow.KashFlowClient} builds it, hosts normally do not.
     *
     * @param rest         the REST transport
     * @param homeCurrency the account's base currency
     */
    public BankAccounts(KashFlowRest rest, Currency homeCurrency) {
        this.rest = rest;
        this.homeCurrency = homeCurrency;
    }

    /**
     * The account's bank accounts.
     *
     * @return the bank accounts
     */
    public List<BankAccount> list() {
        return rest.list("/bankaccounts", Map.of(), BankAccount.class, "bankaccounts.list").toList();
    }

    /**
     * The account's transactions, paged lazily.
     *
     * @param accountId the bank account's id
     * @return the transactions
     */
    public java.util.stream.Stream<BankTransaction> transactions(long accountId) {
        requireAccount(accountId);
        return rest.list("/bankaccounts/" + accountId + "/transactions", Map.of(), BankTransaction.class, "banktransactions.list");
    }

    /**
     * The transaction whose comment is exactly this reference, if any.
     *
     * @param accountId the bank account's id
     * @param comment   the reference, exactly as posted
     * @return the transaction, or empty
     * @throws io.tillbridge.kashflow.AmbiguousRecordException when several transactions carry the comment
     */
    public Optional<BankTransaction> findByComment(long accountId, String comment) {
        java.util.List<BankTransaction> matching = transactions(accountId)
                .filter(t -> t.comment() != null && t.comment().trim().equals(comment.trim())).toList();
        if (matching.size() > 1) {
            throw new io.tillbridge.kashflow.AmbiguousRecordException("bank account " + accountId + " has " + matching.size()
                    + " transactions with the comment '" + comment.trim() + "'");
        }
        return matching.stream().findFirst();
    }

    /**
     * Posts a transaction unless one with the same comment exists. Not retried once it may have
     * reached KashFlow; an ambiguous post (reset, timeout, 5xx, or a 2xx answer that cannot be read) is
     * resolved by {@link #findByComment}, and when that read
     * fails too the {@link TransportException} (outcome unknown) is rethrown.
     *
     * @param accountId the bank account's id
     * @param request   the transaction to post
     * @return the posted transaction, or the one already there
     */
    public BankTransaction post(long accountId, BankTransactionRequest request) {
        requireAccount(accountId);
        request.validate(homeCurrency);
        Optional<BankTransaction> existing = findByComment(accountId, request.comment());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            JsonNode answer = rest.send("POST", "/bankaccounts/" + accountId + "/transactions", request.json(), Call.RetryMode.UNSAFE,
                    "banktransactions.create");
            if (answer != null && answer.isObject()) {
                return KashFlowRest.bind(answer, BankTransaction.class);
            }
            return findByComment(accountId, request.comment()).orElseThrow(() -> new KashFlowApiException(201, null,
                    "transaction created but not found by its comment", null));
        } catch (TransportException | KashFlowApiException e) {
            if (!UnreadableAnswerException.mayHaveTakenEffect(e)) {
                throw e; // it never reached KashFlow, or KashFlow refused it
            }
            return resolve(accountId, request, e); // a reset, timeout, 5xx or unreadable 2xx: it may be posted
        }
    }

    private BankTransaction resolve(long accountId, BankTransactionRequest request, TillbridgeException cause) {
        Optional<BankTransaction> found;
        try {
            found = findByComment(accountId, request.comment());
        } catch (TillbridgeException lookupFailed) {
            throw new TransportException("bank transaction '" + request.comment() + "' may have been posted; the read-back failed",
                    true, cause);
        }
        return found.orElseThrow(() -> new TransportException("bank transaction '" + request.comment()
                + "' was not posted (read back after the failure); sending it again is safe", false, cause));
    }

    private static void requireAccount(long accountId) {
        if (accountId <= 0) {
            throw new ValidationException("accountId", "must be positive");
        }
    }
}
