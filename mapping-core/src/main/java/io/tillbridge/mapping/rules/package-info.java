/**
 * Every rule table in one JSON document — status tables, GL rules, exchange rates, custom-field
 * templates — loaded into a {@link io.tillbridge.mapping.rules.RuleSet} and validated on load, each bad entry
 * reported with its path in the document.
 */
package io.tillbridge.mapping.rules;
