/**
 * Zoho Inventory records as read (sales orders, invoices, contacts, items, payments, credit notes,
 * returns, packages, adjustments), read leniently and keeping every field Zoho sends, and the request
 * bodies ({@link io.tillbridge.zoho.model.Inputs}) that create and update them.
 */
package io.tillbridge.zoho.model;
