/**
 * KashFlow invoices: reading them with their lines, payment lines and currency, creating them, and
 * setting the customer reference Tillbridge finds them by.
 */
package io.tillbridge.kashflow.invoices;
