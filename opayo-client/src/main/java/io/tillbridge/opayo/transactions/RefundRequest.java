package io.tillbridge.opayo.transactions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A Refund of an earlier transaction, in its currency (Pi takes no currency here). Opayo refuses
 * more than the original (1018); check with mapping-core's refund rules first.
 * Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param referenceTransactionId the transaction refunded
 * @param vendorTxCode           a new, unique code
 * @param amount                 minor units
 * @param description            at most 100
 */
public record RefundRequest(
        @NotBlank String referenceTransactionId,
        @NotNull @Pattern(regexp = VendorTxCodeRule.PATTERN, message = VendorTxCodeRule.MESSAGE) String vendorTxCode,
        @Positive long amount,
        @NotBlank @Size(max = 100) String description) {

    /**
     * Starts a refund of an earlier transaction.
     *
     * @return a new builder
     */
    public static FollowUpRequestBuilder<RefundRequest> builder() {
        return new FollowUpRequestBuilder<>(RefundRequest::new);
    }

    /**
     * A builder holding this request's values, to send a changed copy.
     *
     * @return a new builder
     */
    public FollowUpRequestBuilder<RefundRequest> toBuilder() {
        return new FollowUpRequestBuilder<>(RefundRequest::new, referenceTransactionId, vendorTxCode, amount, description);
    }
}
