/**
 * Status tables: a source system's payment status (a word, optionally qualified by a code) to the
 * canonical {@link io.tillbridge.mapping.model.PaymentStatus}, and the canonical status to what a target system
 * shows. An unrecognised source status is {@code UNKNOWN}, never success, and {@code UNKNOWN} cannot be
 * written to a target. The defaults are starting points that hosts change with {@code toBuilder()}.
 */
package io.tillbridge.mapping.status;
