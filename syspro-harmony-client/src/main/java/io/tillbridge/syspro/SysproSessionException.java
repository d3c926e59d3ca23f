package io.tillbridge.syspro;

/**
 * SYSPRO said {@code ERROR: The supplied UserID is invalid.} again right after a fresh logon: the
 * session keeps ending (another logon with the same operator, or an idle timeout shorter than one call).
 * Use a dedicated operator per client: a second logon with the same operator may end the first.
 */
public class SysproSessionException extends SysproServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param operation  the e.net operation
     * @param serverText what SYSPRO said, redacted
     */
    public SysproSessionException(String operation, String serverText) {
        super(200, operation, serverText + " (again after a fresh logon)");
    }
}
