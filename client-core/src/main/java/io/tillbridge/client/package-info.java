/**
 * The failures every Tillbridge client raises — {@link io.tillbridge.client.ValidationException} before
 * anything is sent, {@link io.tillbridge.client.ApiException} and its kinds when a system answers with an
 * error, {@link io.tillbridge.client.TransportException} when no usable answer came — and
 * {@link io.tillbridge.client.Secret}, the wrapper that keeps credentials out of logs and messages.
 */
package io.tillbridge.client;
