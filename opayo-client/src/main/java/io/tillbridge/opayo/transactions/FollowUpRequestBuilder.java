package io.tillbridge.opayo.transactions;

/**
 * Builds the requests that act on an earlier transaction with a new vendorTxCode, an amount in minor
 * units and a description — {@link RefundRequest} and {@link AuthoriseRequest}, which have exactly
 * those fields. Obtain one from their {@code builder()} or {@code toBuilder()}; the service validates
 * the request, every field at once, before anything is sent.
 *
 * @param <R> the request built
 */
public final class FollowUpRequestBuilder<R> {

    /** The request's canonical constructor. */
    @FunctionalInterface
    interface Factory<R> {
        R create(String referenceTransactionId, String vendorTxCode, long amount, String description);
    }

    private final Factory<R> factory;
    private String referenceTransactionId;
    private String vendorTxCode;
    private long amount;
    private String description;

    FollowUpRequestBuilder(Factory<R> factory) {
        this.factory = factory;
    }

    FollowUpRequestBuilder(Factory<R> factory, String referenceTransactionId, String vendorTxCode, long amount, String description) {
        this(factory);
        this.referenceTransactionId = referenceTransactionId;
        this.vendorTxCode = vendorTxCode;
        this.amount = amount;
        this.description = description;
    }

    /**
     * The earlier transaction acted on.
     *
     * @param referenceTransactionId Opayo's id of the earlier transaction
     * @return this builder
     */
    public FollowUpRequestBuilder<R> referenceTransactionId(String referenceTransactionId) {
        this.referenceTransactionId = referenceTransactionId;
        return this;
    }

    /**
     * A new, unique code.
     *
     * @param vendorTxCode the new code
     * @return this builder
     */
    public FollowUpRequestBuilder<R> vendorTxCode(String vendorTxCode) {
        this.vendorTxCode = vendorTxCode;
        return this;
    }

    /**
     * Minor units.
     *
     * @param amount the amount in minor units
     * @return this builder
     */
    public FollowUpRequestBuilder<R> amount(long amount) {
        this.amount = amount;
        return this;
    }

    /**
     * At most 100 characters.
     *
     * @param description the description
     * @return this builder
     */
    public FollowUpRequestBuilder<R> description(String description) {
        this.description = description;
        return this;
    }

    /**
     * Builds the request; it is validated when sent, not here.
     *
     * @return the request
     */
    public R build() {
        return factory.create(referenceTransactionId, vendorTxCode, amount, description);
    }
}
