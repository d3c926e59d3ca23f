package io.tillbridge.sandbox.opayo;

import java.time.Instant;

/**
 * A transaction the Opayo emulator recorded, for assertions.
 *
 * @param transactionId   Opayo's id
 * @param vendorTxCode    the merchant's code
 * @param type            Payment, Deferred, Repeat, Refund, …
 * @param status          Ok, NotAuthed, Rejected, 3DAuth
 * @param amount          minor units
 * @param currency        ISO 4217
 * @param referenceId     the referenced transaction for Repeat and Refund; else null
 * @param createdAt       when it was taken
 * @param batchId         the settlement batch, once closed; else null
 */
public record EmulatedTransaction(String transactionId, String vendorTxCode, String type, String status, long amount,
                                  String currency, String referenceId, Instant createdAt, String batchId) {
}
