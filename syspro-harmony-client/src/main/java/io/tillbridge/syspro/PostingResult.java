package io.tillbridge.syspro;

import io.tillbridge.syspro.internal.XmlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a Transaction/Post answered for ARSTPY or GENTJL. UNVERIFIED: the reference gives no answer shape for it;
 * the journal number is read from the first {@code Journal} or {@code JournalNumber} element, and the
 * {@code StatusOfItems} trailer and every other leaf of the answer are kept.
 *
 * @param journal       the AR journal the payment went into, or null when not given
 * @param validatedOnly true for a validate-only run
 * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
 * @param other         every other leaf of the answer, by name (first occurrence), trimmed
 */
public record PostingResult(String journal, boolean validatedOnly, Map<String, String> statusOfItems, Map<String, String> other) {

    /**
     * Copies the trailer and the other fields.
     *
     * @param journal       the AR journal the payment went into, or null when not given
     * @param validatedOnly true for a validate-only run
     * @param statusOfItems the {@code StatusOfItems} trailer, trimmed
     * @param other         every other leaf of the answer, by name (first occurrence), trimmed
     */
    public PostingResult {
        statusOfItems = Collections.unmodifiableMap(new LinkedHashMap<>(statusOfItems));
        other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /**
     * The journal number, when SYSPRO gave one.
     *
     * @return the number, or empty
     */
    public Optional<String> journalNumber() {
        return Optional.ofNullable(journal);
    }

    /**
     * Reads a posting answer.
     *
     * @param root         the answer's root element
     * @param validateOnly whether the posting was a dry run
     * @return the result
     */
    public static PostingResult from(XmlNode root, boolean validateOnly) {
        String journal = root.descendants().stream().filter(n -> n.named("Journal") || n.named("JournalNumber"))
                .filter(n -> n.children().isEmpty()).map(n -> n.value().trim()).filter(s -> !s.isEmpty()).findFirst().orElse(null);
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, String> other = new LinkedHashMap<>();
        for (XmlNode node : root.descendants()) {
            if (node.named("StatusOfItems")) {
                node.children().forEach(c -> status.put(c.name(), c.value().trim()));
            }
        }
        for (XmlNode node : root.descendants()) {
            if (node.children().isEmpty() && !status.containsKey(node.name())) {
                other.putIfAbsent(node.name(), node.value().trim());
            }
        }
        return new PostingResult(journal, validateOnly, status, other);
    }
}
