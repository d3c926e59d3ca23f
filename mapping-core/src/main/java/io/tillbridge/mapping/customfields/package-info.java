/**
 * Custom-field templates: a declarative mapping from canonical payment values (transaction id, status,
 * card type …) through formatting, lookup or default steps to custom fields in Zoho Inventory, KashFlow or
 * SYSPRO. A {@link io.tillbridge.mapping.customfields.FieldCatalogue} of the fields that exist lets a template
 * that names a missing field be refused when it is loaded, not when the first payment is written.
 */
package io.tillbridge.mapping.customfields;
