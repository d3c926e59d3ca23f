package io.tillbridge.syspro;

import io.tillbridge.client.AuthenticationException;
import java.util.List;

/**
 * SYSPRO refused the logon: wrong operator or company password, unknown operator or company, or no
 * free licence seat. Retrying with the same credentials will not help.
 */
public class SysproLogonException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    /** What SYSPRO said, redacted. */
    private final String serverText;

    /**
     * Creates the exception.
     *
     * @param serverText what SYSPRO said, redacted
     */
    public SysproLogonException(String serverText) {
        super("SYSPRO", 200, List.of(), "Logon refused: " + serverText, null);
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
