package io.tillbridge.syspro;

import java.util.List;

/**
 * Layer 2 of SYSPRO's errors (reference: syspro.md §2): the business object raised an e.net exception
 * — an unknown element, a schema mismatch, a failed key lookup such as an unknown stock code — which
 * the REST endpoint delivers as a line of {@code ERROR: …} text. Nothing was applied.
 */
public class BusinessObjectException extends SysproApiException {

    private static final long serialVersionUID = 1L;

    private final String businessObject;
    private final String serverText;

    public BusinessObjectException(String businessObject, String serverText) {
        this(businessObject, serverText, businessObject + " raised: " + serverText);
    }

    protected BusinessObjectException(String businessObject, String serverText, String message) {
        super(200, List.of(), message);
        this.businessObject = businessObject;
        this.serverText = serverText;
    }

    /** The six-character business object, for example {@code INVQRY}. */
    public String businessObject() {
        return businessObject;
    }

    /** What SYSPRO said, redacted. */
    public String serverText() {
        return serverText;
    }
}
