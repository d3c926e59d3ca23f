package io.tillbridge.mapping.gl;

import io.tillbridge.mapping.Violations;

/**
 * The GL accounts a rule assigns. All five are required: a settlement journal can need any of them.
 *
 * @param receipts    credited with captured payments
 * @param refunds     debited with refunds
 * @param chargebacks debited with chargebacks
 * @param fees        debited with gateway and acquirer fees
 * @param bank        the bank (or clearing) account the net settlement lands in
 */
public record GlAccounts(String receipts, String refunds, String chargebacks, String fees, String bank) {

    /**
     * Requires every account, listing all the missing ones in one {@link
     * io.tillbridge.mapping.InvalidInputException}.
     *
     * @param receipts    credited with captured payments
     * @param refunds     debited with refunds
     * @param chargebacks debited with chargebacks
     * @param fees        debited with gateway and acquirer fees
     * @param bank        the bank (or clearing) account the net settlement lands in
     */
    public GlAccounts {
        Violations violations = new Violations();
        require(receipts, "receipts", violations);
        require(refunds, "refunds", violations);
        require(chargebacks, "chargebacks", violations);
        require(fees, "fees", violations);
        require(bank, "bank", violations);
        violations.throwIfAny();
    }

    private static void require(String account, String field, Violations violations) {
        if (account == null || account.isBlank()) {
            violations.add("accounts." + field, "is missing");
        }
    }
}
