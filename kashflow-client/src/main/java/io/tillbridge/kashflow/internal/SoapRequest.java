package io.tillbridge.kashflow.internal;

import io.tillbridge.client.Secret;

/**
 * Writes one SOAP 1.1 request of KashFlow's {@code KashFlow} namespace: the method element, then
 * {@code UserName} and {@code Password} as the first two parameters (reference: kashflow.md §4),
 * then the method's own. Values are escaped; nested objects and the {@code xsi:type}-tagged
 * {@code anyType} list items KashFlow requires for invoice and journal lines are supported.
 */
public final class SoapRequest {

    private final String method;
    private final StringBuilder parameters = new StringBuilder();

    public SoapRequest(String method) {
        this.method = method;
    }

    public String method() {
        return method;
    }

    /** A leaf parameter; null values are left out. */
    public SoapRequest text(String name, Object value) {
        if (value != null) {
            parameters.append('<').append(name).append('>').append(escape(value.toString())).append("</").append(name).append('>');
        }
        return this;
    }

    /** Opens a nested element; close it with {@link #close}. */
    public SoapRequest open(String name) {
        parameters.append('<').append(name).append('>');
        return this;
    }

    /** Opens an {@code anyType} list item of the given type, as KashFlow wants lines. */
    public SoapRequest openTyped(String xsiType) {
        parameters.append("<anyType xsi:type=\"").append(xsiType).append("\">");
        return this;
    }

    public SoapRequest close(String name) {
        parameters.append("</").append(name).append('>');
        return this;
    }

    /** The envelope, with the credentials revealed here and nowhere else. */
    String envelope(String userName, Secret password) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">"
                + "<soap:Body><" + method + " xmlns=\"KashFlow\">"
                + "<UserName>" + escape(userName) + "</UserName><Password>" + escape(password.reveal()) + "</Password>"
                + parameters
                + "</" + method + "></soap:Body></soap:Envelope>";
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        throw new IllegalArgumentException("control character U+" + Integer.toHexString(c) + " cannot be sent in XML");
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "SoapRequest[" + method + "]"; // never the parameters: the envelope carries the password
    }
}
