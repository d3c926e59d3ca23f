/**
 * COMFND table queries and the exact lookups built on them, with the table and column names they use.
 */
package io.tillbridge.syspro.tables;
