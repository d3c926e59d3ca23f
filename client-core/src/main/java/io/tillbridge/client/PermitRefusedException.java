package io.tillbridge.client;

/**
 * The call was not sent: a shared request budget gave no permit in time, or holds every instance (a
 * downstream's daily quota spent). Nothing reached the server, so the work can simply wait and go
 * again later — it has not failed.
 */
public class PermitRefusedException extends TransportException {

    private static final long serialVersionUID = 1L;

    /** @param message what was not sent, and why */
    public PermitRefusedException(String message) {
        super(message, false, null);
    }
}
