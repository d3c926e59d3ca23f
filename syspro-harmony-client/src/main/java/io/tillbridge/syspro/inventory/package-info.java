/**
 * Stock on hand per warehouse (INVQRY).
 */
package io.tillbridge.syspro.inventory;
