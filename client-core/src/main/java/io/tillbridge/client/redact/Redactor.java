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
            "securitykey", "crypt", "xzohosignature");

    private static final String MASK = "***";
    private static final Pattern JSON_FIELD = Pattern.compile("\"([A-Za-z0-9_\\-]+)\"(\\s*:\\s*)(\"(?:\\\\.|[^\"\\\\])*\"|[^,}\\]\\s]+)");
    private static final Pattern XML_ELEMENT = Pattern.compile("<([A-Za-z0-9_:\\-]+)(\\s[^>]*)?>([^<]*)</\\1>");
    private static final Pattern PAIR = Pattern.compile("(^|[?&;\\s])([A-Za-z0-9_\\-.]+)=([^&;\\s]*)");
    private static final Pattern CARD = Pattern.compile("(?<!\\d)(?:\\d[ -]?){12,18}\\d(?!\\d)");

    private final List<String> secretValues;

    private Redactor(List<String> secretValues) {
        this.secretValues = List.copyOf(secretValues);
    }

    /** Redacts by field name and card-number shape only. */
    public static Redactor standard() {
        return new Redactor(List.of());
    }

    /** Also removes any literal occurrence of these secrets, wherever it appears. */
    public Redactor withSecrets(Collection<Secret> secrets) {
        List<String> values = new ArrayList<>(secretValues);
        for (Secret secret : secrets) {
            if (secret != null && secret.reveal().length() >= 4) {
                values.add(secret.reveal());
            }
        }
        return new Redactor(values);
    }

    /** True when a field, header or parameter of this name must not be logged. */
    public static boolean isSensitive(String name) {
        return name != null && SENSITIVE.contains(name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT));
    }

    /** A URL or path with sensitive query parameters masked. */
    public String url(String url) {
        return url == null ? null : literals(pairs(url));
    }

    /** A header value, masked whole when the header's name is sensitive. */
    public String header(String name, String value) {
        return isSensitive(name) ? MASK : text(value);
    }

    /** Any text — JSON, XML, form or free — with sensitive fields, secrets and card numbers masked. */
    public String text(String text) {
        if (text == null) {
            return null;
        }
        String redacted = replace(JSON_FIELD, text, m -> isSensitive(m.group(1))
                ? "\"" + m.group(1) + "\"" + m.group(2) + "\"" + MASK + "\"" : m.group());
        redacted = replace(XML_ELEMENT, redacted, m -> isSensitive(m.group(1))
                ? "<" + m.group(1) + (m.group(2) == null ? "" : m.group(2)) + ">" + MASK + "</" + m.group(1) + ">" : m.group());
        redacted = pairs(redacted);
        redacted = replace(CARD, redacted, m -> luhn(m.group()) ? maskCard(m.group()) : m.group());
        return literals(redacted);
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
