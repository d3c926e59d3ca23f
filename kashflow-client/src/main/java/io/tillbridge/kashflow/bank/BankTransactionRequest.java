package io.tillbridge.kashflow.bank;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.client.ValidationException;
import io.tillbridge.kashflow.internal.KashFlowJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A bank transaction to post — a settlement deposit ({@code PaidIn}) or a fee ({@code MoneyOut}) —
 * with the documented fields {@code Date}, {@code PaidIn}/{@code MoneyOut}, {@code Comment},
 * {@code TransactionType} (reference: kashflow.md §3). The comment carries the reference it is
 * found by afterwards. Amounts are in the bank account's currency; KashFlow documents none per
 * account, so the client's home currency bounds their decimals.
 */
public final class BankTransactionRequest {

    private final LocalDate date;
    private final BigDecimal paidIn;
    private final BigDecimal moneyOut;
    private final String comment;
    private final int transactionType;

    private BankTransactionRequest(LocalDate date, BigDecimal paidIn, BigDecimal moneyOut, String comment, int transactionType) {
        this.date = date;
        this.paidIn = paidIn;
        this.moneyOut = moneyOut;
        this.comment = comment;
        this.transactionType = transactionType;
    }

    /**
     * Money in (a settlement deposit).
     *
     * @param date    the transaction date
     * @param amount  the amount, positive
     * @param comment the reference the transaction is found by
     * @return the request
     */
    public static BankTransactionRequest paidIn(LocalDate date, BigDecimal amount, String comment) {
        return new BankTransactionRequest(date, amount, null, comment, 0);
    }

    /**
     * Money out (a fee).
     *
     * @param date    the transaction date
     * @param amount  the amount, positive
     * @param comment the reference the transaction is found by
     * @return the request
     */
    public static BankTransactionRequest moneyOut(LocalDate date, BigDecimal amount, String comment) {
        return new BankTransactionRequest(date, null, amount, comment, 0);
    }

    /**
     * The reference the transaction is found by.
     *
     * @return the comment
     */
    public String comment() {
        return comment;
    }

    void validate(Currency currency) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new ValidationException.FieldError("date", "is required"));
        }
        BigDecimal amount = paidIn != null ? paidIn : moneyOut;
        String field = paidIn != null ? "paidIn" : "moneyOut";
        if (amount == null || amount.signum() <= 0) {
            errors.add(new ValidationException.FieldError(field, "must be positive"));
        } else if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            errors.add(new ValidationException.FieldError(field, amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows"));
        }
        if (comment == null || comment.isBlank()) {
            errors.add(new ValidationException.FieldError("comment", "is required: it is how the transaction is found again"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    ObjectNode json() {
        ObjectNode body = KashFlowJson.mapper().createObjectNode().put("Date", KashFlowJson.wireDate(date));
        body.set("PaidIn", KashFlowJson.decimal(paidIn == null ? BigDecimal.ZERO : paidIn));
        body.set("MoneyOut", KashFlowJson.decimal(moneyOut == null ? BigDecimal.ZERO : moneyOut));
        body.put("Comment", comment).put("TransactionType", transactionType);
        return body;
    }
}
