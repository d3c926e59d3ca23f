package io.tillbridge.opayo.reporting;

import io.tillbridge.client.internal.xml.HardenedXml;
import io.tillbridge.client.Secret;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXException;

/**
 * The Reporting API's XML: signed commands out, hardened parsing in (reference: opayo.md §2).
 * The signature is the MD5 of the inner XML with {@code <password>} appended in place of
 * {@code <signature>}. Parsing refuses DTDs, external entities and XInclude, and bodies over 16 MB.
 */
final class ReportingXml {

    static final int MAX_BODY = 16 * 1024 * 1024;

    private ReportingXml() {
    }

    /**
     * A signed command document.
     *
     * @param elements the command's own elements, in order
     */
    static String command(String command, String vendor, String user, Secret password, Map<String, String> elements) {
        StringBuilder inner = new StringBuilder();
        element(inner, "command", command);
        element(inner, "vendor", vendor);
        element(inner, "user", user);
        elements.forEach((name, value) -> element(inner, name, value));
        String signature = md5(inner + "<password>" + escape(password.reveal()) + "</password>");
        return "<vspaccess>" + inner + "<signature>" + signature + "</signature></vspaccess>";
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }

    /** Parses an answer with DTDs, external entities and XInclude disabled. */
    static XmlElement parse(byte[] body) throws IOException {
        if (body.length > MAX_BODY) {
            throw new IOException("answer larger than " + MAX_BODY + " bytes");
        }
        try {
            DocumentBuilder builder = HardenedXml.documentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return new XmlElement(builder.parse(new ByteArrayInputStream(body)).getDocumentElement());
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("answer is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static void element(StringBuilder out, String name, String value) {
        out.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
