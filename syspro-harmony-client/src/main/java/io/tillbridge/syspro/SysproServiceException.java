package io.tillbridge.syspro;

import java.util.List;

/**
 * Layer 1 of SYSPRO's errors (reference: syspro.md §2): the e.net service itself answered a line of
 * {@code ERROR: …} text about the service or the session, not about a business object — for example
 * {@code Unable to read the SYSPRO base directory registry string BaseDir8} on a logoff, or a non-200
 * status from IIS/WCF. The text is redacted before it is kept.
 */
public class SysproServiceException extends SysproApiException {

    private static final long serialVersionUID = 1L;

    /** What SYSPRO said, redacted. */
    private final String serverText;

    /**
     * Creates the exception.
     *
     * @param status     the HTTP status
     * @param operation  the e.net operation, such as {@code Transaction/Post}
     * @param serverText what SYSPRO said, redacted
     */
    public SysproServiceException(int status, String operation, String serverText) {
        super(status, List.of(), operation + ": " + serverText);
        this.serverText = serverText;
    }

    /**
     * What SYSPRO said, redacted.
     *
     * @return the server's text
     */
    public String serverText() {
        return serverText;
    }
}
