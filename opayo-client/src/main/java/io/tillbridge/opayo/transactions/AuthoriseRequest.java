package io.tillbridge.opayo.transactions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An Authorise after an Authenticate (reference: opayo.md §1.5).
 * Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param referenceTransactionId the Authenticate transaction
 * @param vendorTxCode           a new, unique code
 * @param amount                 minor units
 * @param description            at most 100
 */
public record AuthoriseRequest(
        @NotBlank String referenceTransactionId,
        @NotNull @Pattern(regexp = VendorTxCodeRule.PATTERN, message = VendorTxCodeRule.MESSAGE) String vendorTxCode,
        @Positive long amount,
        @NotBlank @Size(max = 100) String description) {

    /**
     * Starts an Authorise of an earlier Authenticate transaction.
     *
     * @return a new builder
     */
    public static FollowUpRequestBuilder<AuthoriseRequest> builder() {
        return new FollowUpRequestBuilder<>(AuthoriseRequest::new);
    }

    /**
     * A builder holding this request's values, to send a changed copy.
     *
     * @return a new builder
     */
    public FollowUpRequestBuilder<AuthoriseRequest> toBuilder() {
        return new FollowUpRequestBuilder<>(AuthoriseRequest::new, referenceTransactionId, vendorTxCode, amount, description);
    }
}
