/**
 * AR customers: ARSQRY reads and ARSSCS adds and updates.
 */
package io.tillbridge.syspro.customers;
