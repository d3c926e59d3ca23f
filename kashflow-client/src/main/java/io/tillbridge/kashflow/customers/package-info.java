/**
 * KashFlow customers: reading, creating and updating them, and their custom fields (the
 * {@code ExtraText} and {@code CheckBox} slots) that carry payment metadata.
 */
package io.tillbridge.kashflow.customers;
