package io.tillbridge.opayo.transactions;

/**
 * What a transaction request came to, decided by HTTP status, {@code status} and {@code statusCode}
 * (reference: opayo.md §1.6). Declines and challenges are outcomes, not exceptions; switch over the
 * permitted types to handle each.
 */
public sealed interface TransactionOutcome permits TransactionOutcome.Authorised, TransactionOutcome.Declined,
        TransactionOutcome.Rejected, TransactionOutcome.ChallengeRequired, TransactionOutcome.Registered,
        TransactionOutcome.Authenticated, TransactionOutcome.Released, TransactionOutcome.Voided, TransactionOutcome.Aborted,
        TransactionOutcome.Cancelled, TransactionOutcome.Failed {

    /**
     * Opayo's id for the transaction.
     *
     * @return the transaction id
     */
    String transactionId();

    /** Ok / 0000: the bank authorised it. */
    record Authorised(Transaction transaction) implements TransactionOutcome {
        @Override
        public String transactionId() {
            return transaction.transactionId();
        }
    }

    /** NotAuthed: the bank declined it. */
    record Declined(Transaction transaction) implements TransactionOutcome {
        @Override
        public String transactionId() {
            return transaction.transactionId();
        }
    }

    /** Rejected: the merchant's own fraud rules refused it. */
    record Rejected(Transaction transaction) implements TransactionOutcome {
        @Override
        public String transactionId() {
            return transaction.transactionId();
        }
    }

    /** Registered: an Authenticate without successful 3-D Secure. */
    record Registered(Transaction transaction) implements TransactionOutcome {
        @Override
        public String transactionId() {
            return transaction.transactionId();
        }
    }

    /** Authenticated: ready for Authorise. */
    record Authenticated(Transaction transaction) implements TransactionOutcome {
        @Override
        public String transactionId() {
            return transaction.transactionId();
        }
    }

    /** Ok / 2004: a deferred transaction was released; the amount will be taken. */
    record Released(Transaction transaction) implements TransactionOutcome {
        @Override
        public String transactionId() {
            return transaction.transactionId();
        }
    }

    /** Ok / 2005: the transaction was voided before settlement; no money moves. */
    record Voided(Transaction transaction) implements TransactionOutcome {
        @Override
        public String transactionId() {
            return transaction.transactionId();
        }
    }

    /** Ok / 2006: a deferred transaction was aborted; the shopper was never charged. */
    record Aborted(Transaction transaction) implements TransactionOutcome {
        @Override
        public String transactionId() {
            return transaction.transactionId();
        }
    }

    /** Ok / 2012: an authenticated transaction was cancelled; no money moved. */
    record Cancelled(Transaction transaction) implements TransactionOutcome {
        @Override
        public String transactionId() {
            return transaction.transactionId();
        }
    }

    /**
     * Malformed, Invalid, Error or a status this client does not know, under a success HTTP code.
     * Never a success; look the transaction up before doing anything else with the order.
     */
    record Failed(Transaction transaction) implements TransactionOutcome {
        @Override
        public String transactionId() {
            return transaction.transactionId();
        }
    }

    /**
     * 3DAuth: send the shopper's browser to the issuer's ACS, then complete with
     * {@link TransactionService#complete3DSecure} (v1, {@code paRes}) or
     * {@link TransactionService#completeChallenge} (v2, {@code cRes}).
     *
     * @param transactionId the transaction to complete
     * @param version       V1 (statusCode 2007) or V2 (2021)
     * @param acsUrl        where the browser posts
     * @param paReq         v1 request for the ACS; null for v2
     * @param cReq          v2 challenge request; null for v1
     * @param statusDetail  Opayo's words
     */
    record ChallengeRequired(String transactionId, Version version, String acsUrl, String paReq, String cReq,
                             String statusDetail) implements TransactionOutcome {

        /** The 3-D Secure protocol version. */
        public enum Version {
            /** 3-D Secure version 1. */
            V1,
            /** 3-D Secure version 2 (EMV 3DS). */
            V2
        }
    }
}
