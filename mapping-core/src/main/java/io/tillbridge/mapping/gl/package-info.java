/**
 * General-ledger derivation: an ordered table of {@link io.tillbridge.mapping.gl.GlRule}s, first match
 * wins, with an explanation of every rule tried; and {@link io.tillbridge.mapping.gl.SettlementJournals},
 * which turns a settled batch into one balanced journal per currency.
 */
package io.tillbridge.mapping.gl;
