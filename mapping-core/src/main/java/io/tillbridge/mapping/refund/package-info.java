/**
 * Refund checks: a refund may be sent only up to what was captured minus what was already refunded, in
 * the same currency. One that may not is a {@link io.tillbridge.mapping.refund.RefundRejectedException},
 * meant for manual review rather than a retry.
 */
package io.tillbridge.mapping.refund;
