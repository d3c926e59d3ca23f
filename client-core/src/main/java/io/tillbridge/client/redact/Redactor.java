package io.tillbridge.client.redact;

import io.tillbridge.client.Secret;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that makes text safe to log: URLs, headers and bodies lose their credentials,
 * tokens, session ids, card numbers and security codes. Every log line a client writes goes through
 * here. Three layers: fields with sensitive names (in JSON, XML, form and query syntax), the literal
 * values of the client's own secrets, and anything that looks like a card number (13–19 digits
 * passing the Luhn check), of which only the last four digits stay.
 */
public final class Redactor {

    /** Names whose values are never logged, compared lower-case without punctuation. */
    private static final Set<String> SENSITIVE = Set.of(
            "password", "pwd", "integrationpassword", "operatorpassword", "companypassword",
            "token", "accesstoken", "refreshtoken", "sessiontoken", "kftoken", "clientsecret", "secret", "apikey",
            "integrationkey", "authorization", "proxyauthorization", "cookie", "setcookie",
            "merchantsessionkey", "cardidentifier", "cardnumber", "securitycode", "cv2", "cvv", "cvc",
            "pares", "cres", "creq", "pareq", "sessionid", "usersessionid", "userid", "signature", "vpssignature",
            "securitykey", "crypt", "xzohosignature",
            // Legacy and vendor spellings seen in the systems' own answers and docs.
            "authtoken", "zohooauthtoken", "passwd", "pass", "passphrase", "xapikey", "apisecret", "privatekey",
            "encryptionpassword", "idtoken", "bearer", "clientassertion",
            "cvv2", "cvc2", "cid", "csc", "pan", "primaryaccountnumber", "cardno", "cavv",
            "threedssessiondata", "xzohowebhooksignature", "webhooksecret", "sharedsecret");

    private static final String MASK = "***";
    /** A JSON member name and its colon; the backslashes allow JSON written inside a JSON string. */
    private static final Pattern JSON_NAME = Pattern.compile("(\\\\*)\"([A-Za-z0-9_\\-]+)\\\\*\"(\\s*:\\s*)");
    /** A security code named in free text, for example "CVV 123" or "security code: 1234". */
    private static final Pattern CODE_IN_TEXT = Pattern.compile(
            "(?i)\\b(cvv2?|cvc2?|cv2|csc|security\\s?code)\\b([\\s:=#'\"]{0,4})(\\d{3,4})(?!\\d)");
    private static final Pattern XML_ELEMENT = Pattern.compile("<([A-Za-z0-9_:\\-]+)(\\s[^>]*)?>([^<]*)</\\1>");
    private static final Pattern PAIR = Pattern.compile("(^|[?&;\\s])([A-Za-z0-9_\\-.]+)=([^&;\\s]*)");
    private static final Pattern CARD = Pattern.compile("(?<!\\d)(?:\\d[ -]?){12,18}\\d(?!\\d)");

    private final List<String> secretValues;

    private Redactor(List<String> secretValues) {
        this.secretValues = List.copyOf(secretValues);
    }

    /**
     * Redacts by field name and card-number shape only.
     *
     * @return the standard redactor
     */
    public static Redactor standard() {
        return new Redactor(List.of());
    }

    /**
     * Also removes any literal occurrence of these secrets, wherever it appears.
     *
     * @param secrets the secrets to remove
     * @return a redactor that also removes them
     */
    public Redactor withSecrets(Collection<Secret> secrets) {
        List<String> values = new ArrayList<>(secretValues);
        for (Secret secret : secrets) {
            if (secret != null && secret.reveal().length() >= 4) {
                values.add(secret.reveal());
            }
        }
        return new Redactor(values);
    }

    /**
     * True when a field, header or parameter of this name must not be logged.
     *
     * @param name a field, header or parameter name
     * @return true when it is sensitive
     */
    public static boolean isSensitive(String name) {
        return name != null && SENSITIVE.contains(name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT));
    }

    /**
     * A URL or path with sensitive query parameters masked.
     *
     * @param url the URL or path
     * @return the masked URL
     */
    public String url(String url) {
        return url == null ? null : literals(pairs(url));
    }

    /**
     * A header value, masked whole when the header's name is sensitive.
     *
     * @param name  the header's name
     * @param value its value
     * @return the value, or a mask
     */
    public String header(String name, String value) {
        return isSensitive(name) ? MASK : text(value);
    }

    /**
     * Any text — JSON, XML, form or free — with sensitive fields, secrets and card numbers masked.
     *
     * @param text the text
     * @return the masked text
     */
    public String text(String text) {
        if (text == null) {
            return null;
        }
        String redacted = jsonMembers(text);
        redacted = replace(XML_ELEMENT, redacted, m -> isSensitive(m.group(1))
                ? "<" + m.group(1) + (m.group(2) == null ? "" : m.group(2)) + ">" + MASK + "</" + m.group(1) + ">" : m.group());
        redacted = pairs(redacted);
        redacted = replace(CARD, redacted, m -> luhn(m.group()) ? maskCard(m.group()) : m.group());
        redacted = replace(CODE_IN_TEXT, redacted, m -> m.group(1) + m.group(2) + MASK);
        return literals(redacted);
    }

    /**
     * Masks the value of every sensitive JSON member at any depth — strings, numbers, whole objects
     * and arrays — including JSON carried inside a JSON string (its quotes escaped), keeping the rest
     * of the text as it was.
     */
    private static String jsonMembers(String text) {
        Matcher name = JSON_NAME.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (from < text.length() && name.find(from)) {
            if (!isSensitive(name.group(2))) {
                from = name.end();
                continue;
            }
            int end = valueEnd(text, name.end(), name.group(1));
            String quote = name.group(1) + "\"";
            out.append(text, copied, name.end()).append(quote).append(MASK).append(quote);
            copied = end;
            from = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Where a JSON value starting at {@code start} ends; {@code escape} is the backslashes before its quotes. */
    private static int valueEnd(String text, int start, String escape) {
        if (start >= text.length()) {
            return start;
        }
        char first = text.charAt(start);
        if (text.startsWith(escape + "\"", start)) {
            // A string: it ends at the next quote preceded by exactly as many backslashes as its opening one.
            for (int i = start + escape.length() + 1; i < text.length(); i++) {
                if (text.charAt(i) == '"' && backslashesBefore(text, i) == escape.length()) {
                    return i + 1;
                }
            }
            return text.length();
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            boolean inString = false;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inString) {
                    if (c == '\\' && escape.isEmpty()) {
                        i++;
                    } else if (c == '"' && backslashesBefore(text, i) == escape.length()) {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return i + 1;
                }
            }
            return text.length();
        }
        int i = start;
        while (i < text.length() && ",}]\\\"".indexOf(text.charAt(i)) < 0 && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int backslashesBefore(String text, int index) {
        int count = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            count++;
        }
        return count;
    }

    private String pairs(String text) {
        return replace(PAIR, text, m -> isSensitive(m.group(2)) ? m.group(1) + m.group(2) + "=" + MASK : m.group());
    }

    private String literals(String text) {
        String out = text;
        for (String secret : secretValues) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String maskCard(String digits) {
        String plain = digits.replaceAll("[ -]", "");
        return "****" + plain.substring(plain.length() - 4);
    }

    static boolean luhn(String candidate) {
        String digits = candidate.replaceAll("[ -]", "");
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
