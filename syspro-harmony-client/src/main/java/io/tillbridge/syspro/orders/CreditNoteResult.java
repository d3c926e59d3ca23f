package io.tillbridge.syspro.orders;

import io.tillbridge.syspro.internal.XmlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
 * @param other         every other element of the answer, by its path below the root ({@code Item/CreditNoteValue}), trimmed
 */
public record CreditNoteResult(String creditNote, boolean validatedOnly, Map<String, String> statusOfItems, Map<String, String> other) {

    /**
     * Copies the trailer and the other elements.
     *
     * @param creditNote    the credit note's number, or null when the answer did not give it
     * @param validatedOnly true for a validate-only run
     * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
     * @param other         every other element of the answer, by its path below the root, trimmed
     */
    public CreditNoteResult {
        statusOfItems = Collections.unmodifiableMap(new LinkedHashMap<>(statusOfItems));
        other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /**
     * A result without other elements (the constructor before they were kept).
     *
     * @param creditNote    the credit note's number, or null when the answer did not give it
     * @param validatedOnly true for a validate-only run
     * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
     */
    public CreditNoteResult(String creditNote, boolean validatedOnly, Map<String, String> statusOfItems) {
        this(creditNote, validatedOnly, statusOfItems, Map.of());
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
        return new CreditNoteResult(number, validateOnly, root.statusOfItems(), root.descendantLeavesExcept(Set.of()));
    }
}
