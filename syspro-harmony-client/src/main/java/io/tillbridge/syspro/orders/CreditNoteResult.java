package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.internal.XmlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What SORTCH / SORTCI answered. UNVERIFIED: the reference gives no answer shape for these objects;
 * the credit-note number is read from the first {@code CreditNoteNumber} (or {@code SalesOrder}, the
 * number a credit note is held under) anywhere in the answer, and every {@code StatusOfItems} element
 * is kept.
 *
 * @param creditNote    the credit note's number, or null when the answer did not give it
 * @param validatedOnly true for a validate-only run
 * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
 */
public record CreditNoteResult(String creditNote, boolean validatedOnly, Map<String, String> statusOfItems) {

    /**
     * Copies the trailer.
     *
     * @param creditNote    the credit note's number, or null when the answer did not give it
     * @param validatedOnly true for a validate-only run
     * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
     */
    public CreditNoteResult {
        statusOfItems = Collections.unmodifiableMap(new LinkedHashMap<>(statusOfItems));
    }

    /**
     * The credit note's number, when SYSPRO gave one.
     *
     * @return the number, or empty
     */
    public Optional<String> creditNoteNumber() {
        return Optional.ofNullable(creditNote);
    }

    static CreditNoteResult from(XmlNode root, boolean validateOnly) {
        String number = root.descendants().stream().filter(n -> n.named("CreditNoteNumber") || n.named("SalesOrder"))
                .map(n -> n.value().trim()).filter(s -> !s.isEmpty()).findFirst().orElse(null);
        Map<String, String> status = new LinkedHashMap<>();
        root.descendants().stream().filter(n -> n.named("StatusOfItems")).findFirst()
                .ifPresent(s -> s.children().forEach(c -> status.put(c.name(), c.value().trim())));
        return new CreditNoteResult(number, validateOnly, status);
    }
}
