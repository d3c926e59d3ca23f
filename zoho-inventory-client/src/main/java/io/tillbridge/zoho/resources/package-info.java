/**
 * Zoho Inventory resources: read, list lazily page by page, create, update and delete each kind of
 * record, set its custom fields, and the actions particular to it (confirm, void, issue, mark sent).
 */
package io.tillbridge.zoho.resources;
