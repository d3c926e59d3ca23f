package io.tillbridge.mapping.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.MappingException;
import io.tillbridge.mapping.Violations;
import io.tillbridge.mapping.customfields.CanonicalField;
import io.tillbridge.mapping.customfields.CustomFieldTemplate;
import io.tillbridge.mapping.customfields.FieldCatalogue;
import io.tillbridge.mapping.customfields.FieldMapping;
import io.tillbridge.mapping.customfields.TargetField;
import io.tillbridge.mapping.customfields.Transform;
import io.tillbridge.mapping.fx.ExchangeRate;
import io.tillbridge.mapping.fx.ExchangeRateTable;
import io.tillbridge.mapping.gl.AmountSign;
import io.tillbridge.mapping.gl.GlAccounts;
import io.tillbridge.mapping.gl.GlRule;
import io.tillbridge.mapping.gl.GlRuleTable;
import io.tillbridge.mapping.model.PaymentStatus;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.status.SourceStatusTable;
import io.tillbridge.mapping.status.StatusTables;
import io.tillbridge.mapping.status.TargetStatusTable;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Loads every rule table — status tables, GL rules, exchange rates, custom-field templates — from
 * one JSON document, and validates all of it before returning: every problem is reported at once,
 * each with the JSON path of the bad entry ({@code $.glRules.rules[2].accounts.bank: is missing}).
 * Unknown keys are errors too, so a misspelt option is never silently ignored. The host reads the
 * document; this class reads no files.
 */
public final class RuleDocument {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Map<String, Supplier<SourceStatusTable>> SOURCE_BASES = Map.of(
            "opayoPi", StatusTables::opayoPi, "opayoClassic", StatusTables::opayoClassic);
    private static final Map<String, Supplier<TargetStatusTable>> TARGET_BASES = Map.of(
            "zohoPaymentStatus", StatusTables::zohoPaymentStatus, "zohoOrderStatus", StatusTables::zohoOrderStatus,
            "sysproPaymentStatus", StatusTables::sysproPaymentStatus, "kashFlowInvoiceState", StatusTables::kashFlowInvoiceState);

    private final Violations violations = new Violations();
    private final FieldCatalogue.Builder catalogue;

    private RuleDocument(FieldCatalogue.Builder catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Loads and validates a rule document.
     *
     * @param json the document
     * @param catalogue the custom fields known to exist; the document's own {@code fieldCatalogue} adds to it
     * @return the rules it defines
     * @throws InvalidInputException listing every problem with its JSON path
     */
    public static RuleSet load(Reader json, FieldCatalogue.Builder catalogue) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("$", "is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new InvalidInputException("$", "could not be read: " + e.getMessage());
        }
        return new RuleDocument(catalogue).read(root);
    }

    /**
     * Loads a document given as a string.
     *
     * @param json      the document
     * @param catalogue the custom fields known to exist
     * @return the rules it defines
     */
    public static RuleSet load(String json, FieldCatalogue.Builder catalogue) {
        return load(new java.io.StringReader(json), catalogue);
    }

    private RuleSet read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("$", "must be a JSON object");
        }
        keys(root, "$", "sourceStatusTables", "targetStatusTables", "glRules", "exchangeRates", "fieldCatalogue",
                "customFieldTemplates");
        Map<String, SourceStatusTable> sources = new HashMap<>();
        eachField(root.get("sourceStatusTables"), "$.sourceStatusTables",
                (name, node, path) -> sourceTable(node, path).ifPresent(t -> sources.put(name, t)));
        Map<String, TargetStatusTable> targets = new HashMap<>();
        eachField(root.get("targetStatusTables"), "$.targetStatusTables",
                (name, node, path) -> targetTable(name, node, path).ifPresent(t -> targets.put(name, t)));
        Optional<GlRuleTable> gl = root.has("glRules") ? glRules(root.get("glRules"), "$.glRules") : Optional.empty();
        Optional<ExchangeRateTable> rates = root.has("exchangeRates")
                ? exchangeRates(root.get("exchangeRates"), "$.exchangeRates") : Optional.empty();
        if (root.has("fieldCatalogue")) {
            fieldCatalogue(root.get("fieldCatalogue"), "$.fieldCatalogue");
        }
        Map<String, CustomFieldTemplate> templates = new HashMap<>();
        if (root.has("customFieldTemplates")) {
            FieldCatalogue fields = catalogue.build();
            eachElement(root.get("customFieldTemplates"), "$.customFieldTemplates", (node, path) ->
                    template(node, path, fields).ifPresent(t -> {
                        if (templates.putIfAbsent(t.name(), t) != null) {
                            violations.add(path + ".name", "template '" + t.name() + "' is defined twice");
                        }
                    }));
        }
        violations.throwIfAny();
        return new RuleSet(sources, targets, gl, rates, templates);
    }

    private Optional<SourceStatusTable> sourceTable(JsonNode node, String path) {
        if (!object(node, path)) {
            return Optional.empty();
        }
        keys(node, path, "base", "rules", "remove");
        SourceStatusTable.Builder table = base(node, path, SOURCE_BASES).map(SourceStatusTable::toBuilder)
                .orElseGet(SourceStatusTable::builder);
        eachElement(node.get("rules"), path + ".rules", (rule, rulePath) -> {
            if (!object(rule, rulePath)) {
                return;
            }
            keys(rule, rulePath, "status", "code", "to");
            String status = text(rule, "status", rulePath, true);
            String code = text(rule, "code", rulePath, false);
            PaymentStatus to = enumValue(rule, "to", rulePath, PaymentStatus.class);
            if (to == PaymentStatus.UNKNOWN) {
                violations.add(rulePath + ".to", "UNKNOWN is what unmapped values already become; remove the rule instead");
            } else if (status != null && to != null) {
                if (code == null) {
                    table.map(status, to);
                } else {
                    table.map(status, code, to);
                }
            }
        });
        eachElement(node.get("remove"), path + ".remove", (rule, rulePath) -> {
            if (object(rule, rulePath)) {
                keys(rule, rulePath, "status", "code");
                String status = text(rule, "status", rulePath, true);
                if (status != null) {
                    table.remove(status, text(rule, "code", rulePath, false));
                }
            }
        });
        return Optional.of(table.build());
    }

    private Optional<TargetStatusTable> targetTable(String name, JsonNode node, String path) {
        if (!object(node, path)) {
            return Optional.empty();
        }
        keys(node, path, "base", "values");
        TargetStatusTable.Builder table = base(node, path, TARGET_BASES).map(TargetStatusTable::toBuilder)
                .orElseGet(() -> TargetStatusTable.builder(name));
        eachField(node.get("values"), path + ".values", (status, value, valuePath) -> {
            PaymentStatus canonical = parseEnum(status, PaymentStatus.class, valuePath);
            if (canonical == PaymentStatus.UNKNOWN) {
                violations.add(valuePath, "UNKNOWN cannot be mapped: callers must resolve it first");
            } else if (canonical != null) {
                if (!value.isTextual() || value.asText().isBlank()) {
                    violations.add(valuePath, "must be a non-blank string");
                } else {
                    table.map(canonical, value.asText());
                }
            }
        });
        try {
            return Optional.of(table.build());
        } catch (IllegalStateException incomplete) {
            violations.add(path + ".values", incomplete.getMessage());
            return Optional.empty();
        }
    }

    /** The built-in table a document's table starts from, if it names one. */
    private <T> Optional<T> base(JsonNode node, String path, Map<String, Supplier<T>> bases) {
        String base = text(node, "base", path, false);
        if (base == null) {
            return Optional.empty();
        }
        Supplier<T> supplier = bases.get(base);
        if (supplier == null) {
            violations.add(path + ".base", "'" + base + "' is not one of " + new java.util.TreeSet<>(bases.keySet()));
            return Optional.empty();
        }
        return Optional.of(supplier.get());
    }

    private Optional<GlRuleTable> glRules(JsonNode node, String path) {
        if (!object(node, path)) {
            return Optional.empty();
        }
        keys(node, path, "rules", "default");
        List<GlRule> rules = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        eachElement(node.get("rules"), path + ".rules", (rule, rulePath) -> {
            if (!object(rule, rulePath)) {
                return;
            }
            keys(rule, rulePath, "name", "types", "methods", "currencies", "channels", "sign", "accounts");
            String name = text(rule, "name", rulePath, true);
            if (name != null && !names.add(name)) {
                violations.add(rulePath + ".name", "rule '" + name + "' is defined twice");
            }
            Set<TransactionType> types = set(rule.get("types"), rulePath + ".types", (text, p) -> {
                TransactionType type = parseEnum(text, TransactionType.class, p);
                if (type == TransactionType.UNKNOWN) {
                    violations.add(p, "UNKNOWN cannot be matched");
                    return null;
                }
                return type;
            });
            Set<String> methods = set(rule.get("methods"), rulePath + ".methods", (text, p) -> text);
            Set<Currency> currencies = set(rule.get("currencies"), rulePath + ".currencies", this::currency);
            Set<String> channels = set(rule.get("channels"), rulePath + ".channels", (text, p) -> text);
            AmountSign sign = rule.has("sign") ? enumValue(rule, "sign", rulePath, AmountSign.class) : AmountSign.ANY;
            GlAccounts accounts = accounts(rule.get("accounts"), rulePath + ".accounts");
            if (name != null && accounts != null) {
                rules.add(new GlRule(name, types, methods, currencies, channels, sign, accounts));
            }
        });
        GlAccounts fallback = node.has("default") ? accounts(node.get("default"), path + ".default") : null;
        return Optional.of(fallback == null ? GlRuleTable.of(rules) : GlRuleTable.withDefault(rules, fallback));
    }

    private GlAccounts accounts(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        keys(node, path, "receipts", "refunds", "chargebacks", "fees", "bank");
        try {
            return new GlAccounts(node.path("receipts").asText(null), node.path("refunds").asText(null),
                    node.path("chargebacks").asText(null), node.path("fees").asText(null), node.path("bank").asText(null));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> violations.add(path + v.field().substring("accounts".length()), v.problem()));
            return null;
        }
    }

    private Optional<ExchangeRateTable> exchangeRates(JsonNode node, String path) {
        if (!object(node, path)) {
            return Optional.empty();
        }
        keys(node, path, "baseCurrency", "maxAge", "rates");
        ExchangeRateTable.Builder builder = ExchangeRateTable.builder();
        String base = text(node, "baseCurrency", path, true);
        Currency baseCurrency = base == null ? null : currency(base, path + ".baseCurrency");
        if (baseCurrency != null) {
            builder.baseCurrency(baseCurrency);
        }
        String maxAge = text(node, "maxAge", path, false);
        if (maxAge != null) {
            try {
                Period period = Period.parse(maxAge);
                if (period.isNegative()) {
                    violations.add(path + ".maxAge", "must not be negative");
                } else {
                    builder.maxAge(period);
                }
            } catch (DateTimeParseException e) {
                violations.add(path + ".maxAge", "'" + maxAge + "' is not an ISO-8601 period such as P1D");
            }
        }
        eachElement(node.get("rates"), path + ".rates", (rate, ratePath) -> {
            if (!object(rate, ratePath)) {
                return;
            }
            keys(rate, ratePath, "base", "quote", "rate", "asOf");
            Currency from = Optional.ofNullable(text(rate, "base", ratePath, true)).map(c -> currency(c, ratePath + ".base")).orElse(null);
            Currency to = Optional.ofNullable(text(rate, "quote", ratePath, true)).map(c -> currency(c, ratePath + ".quote")).orElse(null);
            BigDecimal value = decimal(rate, "rate", ratePath);
            LocalDate asOf = date(rate, "asOf", ratePath);
            if (from != null && to != null && value != null && asOf != null) {
                try {
                    builder.rate(new ExchangeRate(from, to, value, asOf));
                } catch (InvalidInputException e) {
                    e.violations().forEach(v -> violations.add(ratePath + "." + v.field(), v.problem()));
                }
            }
        });
        return baseCurrency == null ? Optional.empty() : Optional.of(builder.build());
    }

    private void fieldCatalogue(JsonNode node, String path) {
        if (!object(node, path)) {
            return;
        }
        keys(node, path, "zoho", "syspro");
        eachElement(node.get("zoho"), path + ".zoho", (field, fieldPath) -> {
            if (object(field, fieldPath)) {
                keys(field, fieldPath, "entity", "customfieldId", "apiName");
                TargetField.ZohoEntity entity = enumValue(field, "entity", fieldPath, TargetField.ZohoEntity.class);
                String id = text(field, "customfieldId", fieldPath, false);
                String apiName = text(field, "apiName", fieldPath, false);
                if (id == null && apiName == null) {
                    violations.add(fieldPath, "needs customfieldId or apiName");
                } else if (entity != null) {
                    catalogue.zoho(entity, id, apiName);
                }
            }
        });
        eachElement(node.get("syspro"), path + ".syspro", (field, fieldPath) -> {
            if (object(field, fieldPath)) {
                keys(field, fieldPath, "form", "name");
                String form = text(field, "form", fieldPath, true);
                String name = text(field, "name", fieldPath, true);
                if (form != null && name != null) {
                    catalogue.syspro(form, name);
                }
            }
        });
    }

    private Optional<CustomFieldTemplate> template(JsonNode node, String path, FieldCatalogue fields) {
        if (!object(node, path)) {
            return Optional.empty();
        }
        keys(node, path, "name", "mappings");
        String name = text(node, "name", path, true);
        List<FieldMapping> mappings = new ArrayList<>();
        boolean[] complete = {true};
        eachElement(node.get("mappings"), path + ".mappings", (mapping, mappingPath) -> {
            if (!object(mapping, mappingPath)) {
                complete[0] = false;
                return;
            }
            keys(mapping, mappingPath, "source", "target", "transforms");
            CanonicalField source = enumValue(mapping, "source", mappingPath, CanonicalField.class);
            TargetField target = target(mapping.get("target"), mappingPath + ".target");
            List<Transform> transforms = new ArrayList<>();
            eachElement(mapping.get("transforms"), mappingPath + ".transforms", (transform, transformPath) -> {
                Transform parsed = transform(transform, transformPath);
                if (parsed != null) {
                    transforms.add(parsed);
                } else {
                    complete[0] = false;
                }
            });
            if (source == null || target == null) {
                complete[0] = false;
            } else if (!fields.contains(target)) {
                violations.add(mappingPath + ".target", target.describe() + " does not exist");
                complete[0] = false;
            } else {
                mappings.add(new FieldMapping(source, target, transforms));
            }
        });
        if (name == null || !complete[0]) {
            return Optional.empty();
        }
        try {
            return Optional.of(CustomFieldTemplate.load(name, mappings, fields));
        } catch (MappingException e) {
            violations.add(path, e.getMessage());
            return Optional.empty();
        }
    }

    private TargetField target(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        String system = text(node, "system", path, true);
        if (system == null) {
            return null;
        }
        switch (system.toLowerCase(Locale.ROOT)) {
            case "zoho" -> {
                keys(node, path, "system", "entity", "customfieldId", "apiName");
                TargetField.ZohoEntity entity = enumValue(node, "entity", path, TargetField.ZohoEntity.class);
                String id = text(node, "customfieldId", path, false);
                String apiName = text(node, "apiName", path, false);
                if ((id == null) == (apiName == null)) {
                    violations.add(path, "name a Zoho custom field by exactly one of customfieldId and apiName");
                    return null;
                }
                return entity == null ? null : new TargetField.Zoho(entity, id, apiName);
            }
            case "kashflow" -> {
                keys(node, path, "system", "entity", "name");
                TargetField.KashFlowEntity entity = enumValue(node, "entity", path, TargetField.KashFlowEntity.class);
                String name = text(node, "name", path, true);
                return entity == null || name == null ? null : new TargetField.KashFlow(entity, name);
            }
            case "syspro" -> {
                keys(node, path, "system", "form", "name");
                String form = text(node, "form", path, true);
                String name = text(node, "name", path, true);
                return form == null || name == null ? null : new TargetField.Syspro(form, name);
            }
            default -> {
                violations.add(path + ".system", "'" + system + "' is not one of [kashflow, syspro, zoho]");
                return null;
            }
        }
    }

    private Transform transform(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        if (node.has("format")) {
            keys(node, path, "format");
            String pattern = text(node, "format", path, true);
            if (pattern == null || !pattern.contains("{value}")) {
                violations.add(path + ".format", "must contain {value}");
                return null;
            }
            return new Transform.Format(pattern);
        }
        if (node.has("lookup")) {
            keys(node, path, "lookup", "otherwise");
            Map<String, String> table = new HashMap<>();
            eachField(node.get("lookup"), path + ".lookup", (key, value, valuePath) -> {
                if (value.isTextual()) {
                    table.put(key, value.asText());
                } else {
                    violations.add(valuePath, "must be a string");
                }
            });
            return new Transform.Lookup(table, text(node, "otherwise", path, false));
        }
        if (node.has("default")) {
            keys(node, path, "default");
            String value = text(node, "default", path, true);
            return value == null ? null : new Transform.DefaultValue(value);
        }
        violations.add(path, "must have one of format, lookup or default");
        return null;
    }

    // ---- small readers that record a violation and return null instead of throwing ----

    private boolean object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            violations.add(path, node == null ? "is missing" : "must be an object");
            return false;
        }
        return true;
    }

    private void keys(JsonNode node, String path, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                violations.add(path + "." + key, "is not a known key (expected one of " + String.join(", ", allowed) + ")");
            }
        }
    }

    private String text(JsonNode node, String key, String path, boolean required) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                violations.add(path + "." + key, "is missing");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            violations.add(path + "." + key, "must be a non-blank string");
            return null;
        }
        return value.asText();
    }

    private BigDecimal decimal(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null) {
            violations.add(path + "." + key, "is missing");
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return Money.parseAmount(value.asText(), path + "." + key);
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    private LocalDate date(JsonNode node, String key, String path) {
        String text = text(node, key, path, true);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(path + "." + key, "'" + text + "' is not an ISO date such as 2026-11-24");
            return null;
        }
    }

    private Currency currency(String code, String path) {
        try {
            return Money.currency(code, path);
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, String key, String path, Class<E> type) {
        String text = text(node, key, path, true);
        return text == null ? null : parseEnum(text, type, path + "." + key);
    }

    private <E extends Enum<E>> E parseEnum(String text, Class<E> type, String path) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            violations.add(path, "'" + text + "' is not one of " + names);
            return null;
        }
    }

    private <T> Set<T> set(JsonNode node, String path, java.util.function.BiFunction<String, String, T> parse) {
        Set<T> values = new LinkedHashSet<>();
        eachElement(node, path, (element, elementPath) -> {
            if (!element.isTextual()) {
                violations.add(elementPath, "must be a string");
                return;
            }
            T value = parse.apply(element.asText(), elementPath);
            if (value != null) {
                values.add(value);
            }
        });
        return values;
    }

    private void eachElement(JsonNode node, String path, ElementVisitor visitor) {
        if (node == null) {
            return;
        }
        if (!node.isArray()) {
            violations.add(path, "must be an array");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            visitor.visit(node.get(i), path + "[" + i + "]");
        }
    }

    private void eachField(JsonNode node, String path, FieldVisitor visitor) {
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            violations.add(path, "must be an object");
            return;
        }
        node.fields().forEachRemaining(field -> visitor.visit(field.getKey(), field.getValue(), path + "." + field.getKey()));
    }

    @FunctionalInterface
    private interface ElementVisitor {
        void visit(JsonNode element, String path);
    }

    @FunctionalInterface
    private interface FieldVisitor {
        void visit(String key, JsonNode value, String path);
    }
}
