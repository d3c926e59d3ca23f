package io.tillbridge.syspro.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tillbridge.client.internal.json.Json;
import io.tillbridge.syspro.UnreadableAnswerException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One answer of the e.net REST endpoint with its framing removed (reference: syspro.md §1):
 * SYSPRO 7 sends the raw string as the body; SYSPRO 8 may send it as a JSON-quoted string; a body
 * wrapped in a WCF {@code <string>} element has also been seen. What is left is either a line of text
 * (a session id, {@code 0}, {@code ERROR: …}) or an XML document.
 */
public sealed interface EnetAnswer {

    /** A plain line: a session id, a logoff's {@code 0}, or an {@code ERROR: …} message. Kept verbatim. */
    record Text(String text) implements EnetAnswer {
        /** True when this is one of SYSPRO's {@code ERROR} lines. */
        public boolean isError() {
            return ERROR.matcher(text).lookingAt();
        }

        @Override
        public String toString() {
            return "Text[" + (isError() ? "ERROR…" : text.length() + " chars") + "]"; // a session id must not leak
        }
    }

    /** An XML document. */
    record Xml(XmlNode root) implements EnetAnswer {
    }

    Pattern ERROR = Pattern.compile("\\s*ERROR\\b", Pattern.CASE_INSENSITIVE);

    /** Removes the framing from a body of at most {@code maxBytes}. */
    static EnetAnswer of(byte[] body, int maxBytes) {
        if (body.length > maxBytes) {
            throw new UnreadableAnswerException("SYSPRO's answer is " + body.length + " bytes, over the limit of " + maxBytes
                    + " bytes set on the client (maxAnswerBytes); refused unread");
        }
        byte[] bytes = withoutBom(body);
        int first = firstNonSpace(bytes);
        if (first < 0) {
            return new Text("");
        }
        if (bytes[first] == '"') {
            return ofText(unquote(new String(bytes, StandardCharsets.UTF_8).trim()));
        }
        if (bytes[first] == '<') {
            return wcfString(EnetXml.parse(bytes));
        }
        return new Text(stripLineEnd(decode(bytes)));
    }

    private static EnetAnswer ofText(String text) {
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<")) {
            return wcfString(EnetXml.parse(trimmed));
        }
        return new Text(stripLineEnd(text));
    }

    /** A WCF {@code <string>} wrapper holds the real answer as its text. */
    private static EnetAnswer wcfString(XmlNode root) {
        if (root.named("string") && root.children().isEmpty()) {
            return ofText(root.value());
        }
        return new Xml(root);
    }

    private static String unquote(String json) {
        try {
            Object value = Json.mapper().readValue(json, Object.class);
            if (value instanceof String string) {
                return string;
            }
        } catch (JsonProcessingException e) {
            // fall through: a body that starts with a quote but is not one JSON string is taken raw
        }
        return json;
    }

    /**
     * Line ends are framing, not part of the value; spaces are not: SYSPRO 7's session id ends in two
     * spaces that must be sent back as they came.
     */
    private static String stripLineEnd(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252, the code page SYSPRO writes. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static byte[] withoutBom(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
            return Arrays.copyOfRange(body, 3, body.length);
        }
        return body;
    }

    private static int firstNonSpace(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return i;
            }
        }
        return -1;
    }
}
