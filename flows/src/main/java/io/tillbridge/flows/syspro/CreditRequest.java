package io.tillbridge.flows.syspro;

import io.tillbridge.mapping.money.Money;
import java.util.Objects;

/**
 * A refund made in Opayo, or a chargeback the host reports, to be credited in SYSPRO.
 *
 * @param id                    the credit's key: the refund's vendorTxCode or the chargeback's case id;
 *                              SYSPRO's CustomerPoNumber of the credit note (at most 30 characters)
 * @param kind                  refund or chargeback
 * @param originalVendorTxCode  the payment refunded: whose refunded-so-far counter is checked
 * @param originalTransactionId the payment's Opayo transaction id
 * @param captured              what the payment captured
 * @param amount                this credit
 * @param customer              the SYSPRO customer
 * @param invoice               the SYSPRO invoice to credit (SORTCI); null for a credit note without one (SORTCH)
 * @param refundTransactionId   the Opayo refund's transaction id; null for a chargeback
 */
public record CreditRequest(String id, Kind kind, String originalVendorTxCode, String originalTransactionId, Money captured,
                            Money amount, String customer, String invoice, String refundTransactionId) {

    /** What the credit is for. */
    public enum Kind {
        /** A refund made in Opayo. */
        REFUND,
        /** A chargeback the host reports. */
        CHARGEBACK
    }

    /**
     * Requires the id, kind, original vendorTxCode, captured and credited amounts, and customer.
     *
     * @param id                    the credit's key: the refund's vendorTxCode or the chargeback's case id;
     *                                  SYSPRO's CustomerPoNumber of the credit note (at most 30 characters)
     * @param kind                  refund or chargeback
     * @param originalVendorTxCode  the payment refunded: whose refunded-so-far counter is checked
     * @param originalTransactionId the payment's Opayo transaction id
     * @param captured              what the payment captured
     * @param amount                this credit
     * @param customer              the SYSPRO customer
     * @param invoice               the SYSPRO invoice to credit (SORTCI); null for a credit note without one
     *     (SORTCH)
     * @param refundTransactionId   the Opayo refund's transaction id; null for a chargeback
     */
    public CreditRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(originalVendorTxCode, "originalVendorTxCode");
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(customer, "customer");
    }
}
