/**
 * The Zoho Inventory client: {@link io.tillbridge.zoho.ZohoInventoryClient} and its builder, the data
 * centres and environments it talks to, and the errors Zoho answers with (its envelope codes and the
 * daily quota).
 */
package io.tillbridge.zoho;
