/**
 * Suggestions for which source field might feed which target field, scored from their names (split into
 * tokens, normalised through a synonyms table, grouped by concept). Suggestions only: nothing is applied
 * until a person chooses it.
 */
package io.tillbridge.mapping.suggest;
