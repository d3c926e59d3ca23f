package io.tillbridge.mapping.vendortx;

import io.tillbridge.mapping.InvalidInputException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which part of an Opayo {@code vendorTxCode} is the number of the invoice it pays, so a payment can
 * be matched to its invoice in an accounting system that keys invoices by a positive whole number
 * (KashFlow). Two forms, chosen by the host:
 * <ul>
 *   <li>{@link #documentOfVendorTxCodes}: the code is {@code [prefix.]DOCUMENT.attempt} as
 *       {@link VendorTxCodes} generates it, and the document is the invoice number (optionally after a
 *       fixed text such as {@code INV-});</li>
 *   <li>{@link #regex}: a pattern that must match the whole code, whose named group {@code invoice}
 *       holds the number.</li>
 * </ul>
 * A code the rule cannot read is refused with an {@link InvalidInputException} naming the field
 * ({@code vendorTxCode}, or {@code vendorTxCode.invoice} when the part found is not a number); nothing
 * is guessed, trimmed or defaulted. Immutable.
 */
public final class InvoiceNumberRule {

    /** KashFlow's invoice numbers are {@code int}s; more digits than this cannot be one. */
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,9}");

    private final String description;
    private final String documentPrefix;
    private final String requiredCodePrefix;
    private final Pattern pattern;

    private InvoiceNumberRule(String description, String documentPrefix, String requiredCodePrefix, Pattern pattern) {
        this.description = description;
        this.documentPrefix = documentPrefix;
        this.requiredCodePrefix = requiredCodePrefix;
        this.pattern = pattern;
    }

    /**
     * The document of a {@code [prefix.]DOCUMENT.attempt} code is the invoice number.
     *
     * @param codePrefix     the prefix the codes must carry, or null for codes without one
     * @param documentPrefix a fixed text before the number in the document (for example {@code INV-}),
     *                       or empty
     * @return the rule
     */
    public static InvoiceNumberRule documentOfVendorTxCodes(String codePrefix, String documentPrefix) {
        Objects.requireNonNull(documentPrefix, "documentPrefix");
        if (codePrefix != null) {
            VendorTxCodes.withPrefix(codePrefix); // the same prefix rule as generation: refuses what it could never produce
        }
        return new InvoiceNumberRule("[" + (codePrefix == null ? "" : codePrefix + ".") + "]" + documentPrefix + "NUMBER.attempt",
                documentPrefix, codePrefix, null);
    }

    /**
     * A pattern over the whole code with a named group {@code invoice}, for codes another system made
     * (for example {@code ORD-(?<invoice>\d+)-\d{6}}).
     *
     * @param regex the pattern, with a named group {@code invoice}
     * @return the rule
     * @throws InvalidInputException when the pattern does not compile or has no {@code invoice} group
     */
    public static InvoiceNumberRule regex(String regex) {
        if (regex == null || regex.isBlank()) {
            throw new InvalidInputException("regex", "is missing");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException("regex", "does not compile: " + e.getDescription());
        }
        if (!regex.contains("(?<invoice>")) {
            throw new InvalidInputException("regex", "has no named group 'invoice'");
        }
        return new InvoiceNumberRule("regex " + regex, null, null, pattern);
    }

    /**
     * The invoice number a code names.
     *
     * @param vendorTxCode the code Opayo reports
     * @return the invoice number
     * @throws InvalidInputException naming {@code vendorTxCode} when the code is missing or not in the
     *                               rule's layout, and {@code vendorTxCode.invoice} when the part is not a number
     */
    public int invoiceNumber(String vendorTxCode) {
        if (vendorTxCode == null || vendorTxCode.isBlank()) {
            throw new InvalidInputException("vendorTxCode", "is missing");
        }
        String part;
        if (pattern != null) {
            Matcher m = pattern.matcher(vendorTxCode);
            if (!m.matches()) {
                throw new InvalidInputException("vendorTxCode", "'" + vendorTxCode + "' does not match " + description);
            }
            part = m.group("invoice");
            if (part == null) {
                throw new InvalidInputException("vendorTxCode.invoice", "'" + vendorTxCode + "' leaves the invoice group empty");
            }
        } else {
            ParsedVendorTxCode parsed = VendorTxCodes.parse(vendorTxCode);
            if (!Objects.equals(parsed.prefix(), requiredCodePrefix)) {
                throw new InvalidInputException("vendorTxCode", "'" + vendorTxCode + "' has prefix "
                        + (parsed.prefix() == null ? "none" : "'" + parsed.prefix() + "'") + " but the rule is " + description);
            }
            if (!parsed.documentNumber().startsWith(documentPrefix)) {
                throw new InvalidInputException("vendorTxCode", "'" + vendorTxCode + "' document '" + parsed.documentNumber()
                        + "' does not start with '" + documentPrefix + "'");
            }
            part = parsed.documentNumber().substring(documentPrefix.length());
        }
        if (!NUMBER.matcher(part).matches() || Long.parseLong(part) > Integer.MAX_VALUE) {
            throw new InvalidInputException("vendorTxCode.invoice", "'" + part + "' in '" + vendorTxCode
                    + "' is not an invoice number (a positive whole number without leading zeros)");
        }
        return Integer.parseInt(part);
    }

    @Override
    public String toString() {
        return "InvoiceNumberRule[" + description + "]";
    }
}
