package io.tillbridge.flows.effect;

/**
 * The target system refused the effect because it already has it (Opayo's "VendorTxCode has been
 * used before"). That is not a failure: the engine looks the existing record up and adopts its
 * outcome.
 */
public final class TargetRefusedAsDuplicate extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TargetRefusedAsDuplicate(String message, Throwable cause) {
        super(message, cause);
    }
}
