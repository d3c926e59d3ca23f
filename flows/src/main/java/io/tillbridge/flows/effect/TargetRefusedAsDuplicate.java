package io.tillbridge.flows.effect;

import io.tillbridge.TillbridgeException;

/**
 * The target system refused the effect because it already has it (Opayo's "VendorTxCode has been
 * used before"). That is not a failure: the engine looks the existing record up and adopts its
 * outcome.
 */
public final class TargetRefusedAsDuplicate extends TillbridgeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what the target said
     * @param cause   the target's exception
     */
    public TargetRefusedAsDuplicate(String message, Throwable cause) {
        super(message, cause);
    }
}
