package io.tillbridge.kashflow.internal;

/**
 * A SOAP answer with {@code Status OK}. The detail may be non-empty ("Found Customer") without
 * being an error (reference: kashflow.md §4).
 *
 * @param result the {@code <Method>Result} element; null when the method answers none
 * @param detail the {@code StatusDetail}, empty when none
 */
public record SoapResult(SoapElement result, String detail) {

    /** The result's text, for methods answering an int or string. */
    public String text() {
        return result == null ? "" : result.text();
    }
}
