package io.tillbridge.syspro;

/**
 * "e.net exception 100000": the business object is not registered, or the site's licence (or the
 * operator's apportionment in IMPALD) does not include its functional area. Calling a UI program such
 * as ARSPAY gives the same answer. Retrying will not help; the site must license the functional area.
 * Matched on the number, not the sentence, because its wording varies (reference: syspro.md §2).
 */
public class BusinessObjectNotLicensedException extends BusinessObjectException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param businessObject the business object, such as {@code SORTOI}
     * @param serverText     what SYSPRO said, redacted
     */
    public BusinessObjectNotLicensedException(String businessObject, String serverText) {
        super(businessObject, serverText, businessObject + " is not licensed or not registered on this SYSPRO site "
                + "(e.net exception 100000): " + serverText);
    }
}
