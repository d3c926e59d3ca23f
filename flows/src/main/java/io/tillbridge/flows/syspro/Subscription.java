package io.tillbridge.flows.syspro;

import io.tillbridge.mapping.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A recurring charge: a SYSPRO customer, the stored card of a first cardholder-initiated Opayo payment,
 * an amount and a monthly schedule.
 *
 * @param id                 the subscription's id: letters, digits and '-', at most 16 (it is part of every
 *                           charge's vendorTxCode and of SYSPRO's 30-character payment reference)
 * @param customer           the SYSPRO customer code
 * @param cardTransactionId  the Opayo transaction id of the first cardholder-initiated payment that stored the card
 * @param amount             each charge
 * @param firstDue           the first period's due date
 * @param everyMonths        months between charges, 1 or more
 * @param periods            how many charges in all; 0 for no end
 * @param active             false once cancelled: no further charges are due
 */
public record Subscription(String id, String customer, String cardTransactionId, Money amount, LocalDate firstDue,
                           int everyMonths, int periods, boolean active) {

    static final int ID_MAX = 16;

    /**
     * Requires an id of letters, digits and dashes (short enough for SYSPRO's references), a positive amount, an
     * interval of at least one month and a number of periods that is not negative.
     *
     * @param id                 the subscription's id: letters, digits and '-', at most 16 (it is part of every
     *                               charge's vendorTxCode and of SYSPRO's 30-character payment reference)
     * @param customer           the SYSPRO customer code
     * @param cardTransactionId  the Opayo transaction id of the first cardholder-initiated payment that stored the
     *     card
     * @param amount             each charge
     * @param firstDue           the first period's due date
     * @param everyMonths        months between charges, 1 or more
     * @param periods            how many charges in all; 0 for no end
     * @param active             false once cancelled: no further charges are due
     */
    public Subscription {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9-]{1," + ID_MAX + "}")) {
            throw new IllegalArgumentException("id must be 1 to " + ID_MAX + " letters, digits or '-', was '" + id + "'");
        }
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(cardTransactionId, "cardTransactionId");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        Objects.requireNonNull(firstDue, "firstDue");
        if (everyMonths < 1) {
            throw new IllegalArgumentException("everyMonths must be 1 or more, was " + everyMonths);
        }
        if (periods < 0) {
            throw new IllegalArgumentException("periods must not be negative, was " + periods);
        }
    }

    /**
     * The due dates up to and including {@code until}.
     *
     * @param until the last date to include
     * @return the due dates
     */
    public List<LocalDate> dueDates(LocalDate until) {
        List<LocalDate> out = new ArrayList<>();
        for (int k = 0; periods == 0 || k < periods; k++) {
            LocalDate due = firstDue.plusMonths((long) k * everyMonths);
            if (due.isAfter(until)) {
                break;
            }
            out.add(due);
        }
        return out;
    }

    /**
     * The same subscription, cancelled.
     *
     * @return the cancelled subscription
     */
    public Subscription cancelled() {
        return new Subscription(id, customer, cardTransactionId, amount, firstDue, everyMonths, periods, false);
    }
}
