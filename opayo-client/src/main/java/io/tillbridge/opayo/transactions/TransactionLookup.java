package io.tillbridge.opayo.transactions;

import java.util.Optional;

/**
 * Finds whether Opayo recorded a transaction for a vendorTxCode — how an ambiguous failure is
 * resolved instead of resent. The Reporting API implements it.
 */
@FunctionalInterface
public interface TransactionLookup {

    /**
     * Looks up the transaction sent under a vendorTxCode.
     *
     * @param vendorTxCode the code to look up
     * @return Opayo's transaction id when a transaction with this vendorTxCode exists; empty when Opayo
     *         says there is none
     * @throws io.tillbridge.TillbridgeException when the lookup itself fails: the outcome stays unknown
     */
    Optional<String> transactionIdFor(String vendorTxCode);
}
