package io.tillbridge.flows.lookup;

import io.tillbridge.client.ApiException;
import io.tillbridge.TillbridgeException;
import io.tillbridge.flows.effect.Lookup;
import io.tillbridge.flows.effect.TargetRefusedAsDuplicate;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.transactions.OutcomeUnknownException;
import io.tillbridge.opayo.transactions.TransactionOutcome;
import io.tillbridge.opayo.transactions.TransactionService;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How effects find and send Opayo transactions: by their vendorTxCode, the one key Opayo has.
 */
public final class OpayoTransactions {

    private final OpayoClient opayo;

    /**
     * Creates the lookups over an Opayo client.
     *
     * @param opayo the Opayo client
     */
    public OpayoTransactions(OpayoClient opayo) {
        this.opayo = opayo;
    }

    /**
     * Finds the transaction sent under a vendorTxCode (an exact match: Opayo keeps at most one live
     * transaction per code). When the effect may have been sent (begun, or just now without an answer)
     * the lookup waits out the Reporting API's lag as {@link TransactionService#lookUp} does; when this
     * store never began it, one lookup is enough, because Opayo refuses a reused vendorTxCode and that
     * refusal is looked up again with the lag allowed for.
     *
     * @param vendorTxCode the code the transaction was sent under
     * @param situation    why the lookup runs
     * @return the lookup
     */
    public Lookup<OpayoResult> find(String vendorTxCode, Lookup.Situation situation) {
        Optional<String> transactionId;
        try {
            transactionId = situation == Lookup.Situation.NO_RECORD ? quickLookUp(vendorTxCode)
                    : opayo.transactions().lookUp(vendorTxCode);
        } catch (OutcomeUnknownException e) {
            return Lookup.unknown(e.getMessage());
        } catch (TillbridgeException e) {
            if (situation == Lookup.Situation.NO_RECORD) {
                // Nothing was begun here, and Opayo refuses a reused vendorTxCode: sending is safe even unlooked.
                return Lookup.absent();
            }
            return Lookup.unknown("the Opayo lookup of " + vendorTxCode + " failed: " + e.getMessage());
        }
        if (transactionId.isEmpty()) {
            return Lookup.absent();
        }
        try {
            return Lookup.found(OpayoResult.of(opayo.transactions().outcomeOf(transactionId.get())));
        } catch (TillbridgeException e) {
            return Lookup.unknown("Opayo has " + vendorTxCode + " as " + transactionId.get() + " but reading it failed: "
                    + e.getMessage());
        }
    }

    private Optional<String> quickLookUp(String vendorTxCode) {
        try {
            return opayo.reporting().transactionIdFor(vendorTxCode);
        } catch (IllegalStateException noReporting) {
            // Without reporting credentials nothing can be looked up. Sending is still safe once: Opayo refuses a
            // reused vendorTxCode, and that refusal leaves the effect held, never charged twice.
            return Optional.empty();
        }
    }

    /**
     * Sends a new transaction; Opayo's "vendorTxCode used before" becomes {@link TargetRefusedAsDuplicate}.
     *
     * @param request sends the transaction
     * @return the result
     */
    public OpayoResult send(Supplier<TransactionOutcome> request) {
        try {
            return OpayoResult.of(request.get());
        } catch (ApiException e) {
            if (TransactionService.isDuplicateVendorTxCode(e)) {
                throw new TargetRefusedAsDuplicate(e.getMessage(), e);
            }
            throw e;
        }
    }
}
