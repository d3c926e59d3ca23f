package io.tillbridge.syspro;

import java.util.List;

/**
 * Layer 2 of SYSPRO's errors (reference: syspro.md §2): the business object raised an e.net exception
 * — an unknown element, a schema mismatch, a failed key lookup such as an unknown stock code — which
 * the REST endpoint delivers as a line of {@code ERROR: …} text. Nothing was applied.
 */
public class BusinessObjectException extends SysproApiException {

    private static final long serialVersionUID = 1L;

    /** The business object that raised it. */
    private final String businessObject;
    /** What SYSPRO said, redacted. */
    private final String serverText;

    /**
     * Creates the exception.
     *
     * @param businessObject the business object, such as {@code INVQRY}
     * @param serverText     what SYSPRO said, redacted
     */
    public BusinessObjectException(String businessObject, String serverText) {
        this(businessObject, serverText, businessObject + " raised: " + serverText);
    }

    /**
     * Creates the exception with a message of the subclass's choosing.
     *
     * @param businessObject the business object, such as {@code INVQRY}
     * @param serverText     what SYSPRO said, redacted
     * @param message        the exception's message
     */
    protected BusinessObjectException(String businessObject, String serverText, String message) {
        super(200, List.of(), message);
        this.businessObject = businessObject;
        this.serverText = serverText;
    }

    /**
     * The six-character business object, for example {@code INVQRY}.
     *
     * @return the business object
     */
    public String businessObject() {
        return businessObject;
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
