package io.tillbridge.flows.effect;

/**
 * How a flow whose {@code run} never throws turns whatever stopped it into the reason on its dead
 * letter: any exception or error — a checked exception host code threw past the compiler included —
 * except a {@link VirtualMachineError}, after which nothing the flow does next could be trusted.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * The reason to record for a failure. An interrupted thread keeps its interrupt for the host.
     *
     * @param failure what was thrown
     * @return its message, or its type when it has none
     * @throws VirtualMachineError the failure itself, when it is one (out of memory, stack overflow)
     */
    public static String reasonOf(Throwable failure) {
        if (failure instanceof VirtualMachineError fatal) {
            throw fatal;
        }
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
