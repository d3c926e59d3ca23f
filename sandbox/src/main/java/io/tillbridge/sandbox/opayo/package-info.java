/**
 * The Opayo emulator: Pi REST v1 (merchant session keys, card identifiers, payments, deferred and
 * repeat transactions, refunds, instructions, 3-D Secure v1) and the Reporting &amp; Admin API (transaction
 * detail and lists, settlement batches, MD5 signatures), with Opayo's published sandbox cards and magic
 * values in {@link io.tillbridge.sandbox.opayo.SandboxCards}.
 */
package io.tillbridge.sandbox.opayo;
