/**
 * The Zoho Inventory emulator: the OAuth refresh-token grant, the {@code code}/{@code message} envelope,
 * the per-minute rate limit, paging, and the records order to cash touches — contacts, items with stock,
 * sales orders, invoices, customer payments, credit notes and refunds, sales returns, inventory adjustments.
 * Typed seeds ({@link io.tillbridge.sandbox.zoho.SeedCustomer}, {@link io.tillbridge.sandbox.zoho.SeedItem},
 * {@link io.tillbridge.sandbox.zoho.SeedSalesOrder}) fill it without Zoho's field names, refusing a bad value
 * where it is written.
 */
package io.tillbridge.sandbox.zoho;
