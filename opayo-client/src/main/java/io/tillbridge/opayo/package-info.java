/**
 * The Opayo client: {@link io.tillbridge.opayo.OpayoClient} and its builder, the environments it talks
 * to, and the errors Opayo answers with.
 */
package io.tillbridge.opayo;
