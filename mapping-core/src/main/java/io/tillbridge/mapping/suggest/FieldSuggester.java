package io.tillbridge.mapping.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Suggests which source field might feed which target field (what the brochures call AI-assisted
 * mapping): names are split into tokens (camelCase, snake_case, kebab-case, dots), tokens are
 * normalised through a synonyms table, and pairs are scored by token overlap, or 100 when both
 * names belong to one concept group ({@code salesorder_number} ↔ {@code vendorTxCode} ↔
 * {@code CustomerPoNumber}). It only suggests: nothing is ever applied without a person choosing it.
 */
public final class FieldSuggester {

    private final Map<String, String> tokenSynonyms;
    private final Map<String, String> conceptOf;
    private final int minimumScore;

    private FieldSuggester(Map<String, String> tokenSynonyms, Map<String, String> conceptOf, int minimumScore) {
        this.tokenSynonyms = Map.copyOf(tokenSynonyms);
        this.conceptOf = Map.copyOf(conceptOf);
        this.minimumScore = minimumScore;
    }

    /**
     * A suggested pair.
     *
     * @param source the source field
     * @param target the target field
     * @param score  0–100
     * @param reason why they were paired
     */
    public record Suggestion(String source, String target, int score, String reason) {
    }

    /**
     * Defaults: the order-to-cash vocabulary of Zoho, Opayo, KashFlow and SYSPRO; pairs scoring 30 or more.
     *
     * @return the default suggester
     */
    public static FieldSuggester defaults() {
        Map<String, String> tokens = new HashMap<>();
        synonyms(tokens, "number", "no", "num", "nbr", "number");
        synonyms(tokens, "amount", "amount", "amt", "total", "value", "sum");
        synonyms(tokens, "transaction", "transaction", "txn", "tx", "trans");
        synonyms(tokens, "customer", "customer", "cust", "contact", "client");
        synonyms(tokens, "date", "date", "dt", "time", "created");
        synonyms(tokens, "email", "email", "mail");
        synonyms(tokens, "order", "order", "salesorder", "so");
        synonyms(tokens, "currency", "currency", "ccy", "cur");
        synonyms(tokens, "code", "code", "ref", "reference");
        synonyms(tokens, "invoice", "invoice", "inv");
        synonyms(tokens, "address", "address", "addr");
        synonyms(tokens, "postcode", "postcode", "zip", "postal");
        synonyms(tokens, "shipping", "shipping", "ship", "delivery");
        Map<String, String> concepts = new HashMap<>();
        concept(concepts, "order reference", "salesorder_number", "vendorTxCode", "CustomerPoNumber", "orderId",
                "reference_number", "salesorder_id");
        concept(concepts, "payment amount", "total", "amount", "PaymentAmount", "PaymentValue", "GrossAmount", "PayAmount");
        concept(concepts, "currency", "currency_code", "currency", "CurrencyCode", "Currency");
        concept(concepts, "customer", "customer_id", "CustomerCode", "Customer", "CustomerID", "customer_name");
        concept(concepts, "gateway transaction", "transactionId", "ReferenceNumber", "VPSTxId", "vpstxid", "payment_reference");
        concept(concepts, "payment date", "date", "order_date", "createdDate", "PaymentDate", "PayDate", "InvoiceDate");
        concept(concepts, "payment status", "payment_status", "status", "PaymentStatus");
        concept(concepts, "customer email", "email", "customerEmail", "Email");
        concept(concepts, "card type", "cardType", "card_type", "CardType");
        concept(concepts, "invoice number", "InvoiceNumber", "invoice_number", "PayInvoice", "Number");
        return new FieldSuggester(tokens, concepts, 30);
    }

    /**
     * The same vocabulary with a different cut-off.
     *
     * @param score the minimum score, 0 to 100
     * @return a suggester with that cut-off
     */
    public FieldSuggester withMinimumScore(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0..100");
        }
        return new FieldSuggester(tokenSynonyms, conceptOf, score);
    }

    /**
     * Adds a concept group: any two of these names are a 100-point pair.
     *
     * @param concept the concept's name, for the suggestion's reason
     * @param names   field names that mean the same thing in different systems
     * @return a suggester with the group added
     */
    public FieldSuggester withConcept(String concept, String... names) {
        Map<String, String> concepts = new HashMap<>(conceptOf);
        concept(concepts, concept, names);
        return new FieldSuggester(tokenSynonyms, concepts, minimumScore);
    }

    /**
     * Every pair scoring at least the minimum, best first (then by source and target name).
     *
     * @param sources the source system's field names
     * @param targets the target system's field names
     * @return the suggestions, best first
     */
    public List<Suggestion> suggest(List<String> sources, List<String> targets) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(targets, "targets");
        List<Suggestion> suggestions = new ArrayList<>();
        for (String source : sources) {
            for (String target : targets) {
                Suggestion suggestion = score(source, target);
                if (suggestion.score() >= minimumScore) {
                    suggestions.add(suggestion);
                }
            }
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(Suggestion::source).thenComparing(Suggestion::target));
        return suggestions;
    }

    /**
     * The score of one pair, whatever it is.
     *
     * @param source a source field name
     * @param target a target field name
     * @return the scored pair
     */
    public Suggestion score(String source, String target) {
        String sourceConcept = conceptOf.get(squash(source));
        if (sourceConcept != null && sourceConcept.equals(conceptOf.get(squash(target)))) {
            return new Suggestion(source, target, 100, "both are " + sourceConcept);
        }
        Set<String> a = tokens(source);
        Set<String> b = tokens(target);
        Set<String> shared = new LinkedHashSet<>(a);
        shared.retainAll(b);
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        int score = all.isEmpty() ? 0 : (int) Math.round(100.0 * shared.size() / all.size());
        return new Suggestion(source, target, score, shared.isEmpty() ? "no shared words" : "shared words " + shared);
    }

    /** Tokens after splitting and synonym normalisation. */
    Set<String> tokens(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replaceAll("([A-Za-z])([0-9])", "$1 $2")
                .replaceAll("[^A-Za-z0-9]+", " ")
                .trim().toLowerCase(Locale.ROOT);
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : spaced.split(" ")) {
            if (!token.isEmpty() && !token.equals("cf")) {
                tokens.add(tokenSynonyms.getOrDefault(token, token));
            }
        }
        return tokens;
    }

    private static void synonyms(Map<String, String> map, String canonical, String... words) {
        for (String word : words) {
            map.put(word, canonical);
        }
    }

    private static void concept(Map<String, String> map, String concept, String... names) {
        for (String name : names) {
            map.put(squash(name), concept);
        }
    }

    private static String squash(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
