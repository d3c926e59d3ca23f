package io.tillbridge.mapping.rules;

import io.tillbridge.mapping.customfields.CustomFieldTemplate;
import io.tillbridge.mapping.fx.ExchangeRateTable;
import io.tillbridge.mapping.gl.GlRuleTable;
import io.tillbridge.mapping.status.SourceStatusTable;
import io.tillbridge.mapping.status.TargetStatusTable;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule table a host configured, as loaded from one JSON document by {@link RuleDocument}.
 *
 * @param sourceStatusTables by name, for example {@code opayoPi}
 * @param targetStatusTables by name, for example {@code zohoPaymentStatus}
 * @param glRules            empty when the document has none
 * @param exchangeRates      empty when the document has none
 * @param templates          custom-field templates by name
 */
public record RuleSet(Map<String, SourceStatusTable> sourceStatusTables, Map<String, TargetStatusTable> targetStatusTables,
                      Optional<GlRuleTable> glRules, Optional<ExchangeRateTable> exchangeRates,
                      Map<String, CustomFieldTemplate> templates) {

    /**
     * Copies the maps, so that the rule set cannot change after it is loaded.
     *
     * @param sourceStatusTables by name, for example {@code opayoPi}
     * @param targetStatusTables by name, for example {@code zohoPaymentStatus}
     * @param glRules            empty when the document has none
     * @param exchangeRates      empty when the document has none
     * @param templates          custom-field templates by name
     */
    public RuleSet {
        sourceStatusTables = Map.copyOf(sourceStatusTables);
        targetStatusTables = Map.copyOf(targetStatusTables);
        templates = Map.copyOf(templates);
    }
}
