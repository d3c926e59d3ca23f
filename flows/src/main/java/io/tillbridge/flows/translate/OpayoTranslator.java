package io.tillbridge.flows.translate;

import io.tillbridge.mapping.model.AvsCv2Result;
import io.tillbridge.mapping.model.Payment;
import io.tillbridge.mapping.model.ThreeDSecureResult;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.status.SourceStatusTable;
import io.tillbridge.opayo.transactions.Transaction;
import java.util.Currency;

/** Opayo Pi transactions to the canonical model. */
public final class OpayoTranslator {

    private OpayoTranslator() {
    }

    /**
     * An Opayo transaction as a canonical payment.
     *
     * @param t              the transaction as Opayo holds it
     * @param vendorTxCode   the payment's vendorTxCode
     * @param orderReference the order it pays
     * @param currency the currency the transaction was sent in (Pi omits it on some answers)
     * @param statuses the host's Pi status table ({@code StatusTables.opayoPi()} by default)
     * @return the canonical payment
     */
    public static Payment payment(Transaction t, String vendorTxCode, String orderReference, Currency currency,
                                  SourceStatusTable statuses) {
        Transaction.AvsCvcCheck avs = t.avsCvcCheck();
        AvsCv2Result avsCv2 = avs == null ? AvsCv2Result.NOT_CHECKED : new AvsCv2Result(
                AvsCv2Result.Overall.fromOpayo(avs.status()), AvsCv2Result.Check.fromOpayo(avs.address()),
                AvsCv2Result.Check.fromOpayo(avs.postalCode()), AvsCv2Result.Check.fromOpayo(avs.securityCode()));
        Currency actual = t.currency() == null ? currency : Currency.getInstance(t.currency());
        return new Payment(t.transactionId(), vendorTxCode, TransactionType.fromOpayo(t.transactionType()),
                statuses.map(t.status(), t.statusCode()), Money.ofMinor(t.totalAmount() == null ? 0 : t.totalAmount(), actual),
                t.card() == null ? null : t.card().cardType(), t.card() == null ? null : t.card().lastFourDigits(),
                t.bankAuthorisationCode(), avsCv2, ThreeDSecureResult.fromOpayo(t.threeDSecureStatus()), "card", null,
                orderReference, null, t.statusDetail());
    }
}
