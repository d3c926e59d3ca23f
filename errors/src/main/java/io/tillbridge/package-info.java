/**
 * The root of Tillbridge's exception hierarchy, {@link io.tillbridge.TillbridgeException}, in a module
 * of its own so that mapping-core and client-core share it without depending on each other.
 */
package io.tillbridge;
