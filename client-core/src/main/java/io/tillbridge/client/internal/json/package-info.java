/** NOT API: see {@link io.tillbridge.client.internal}. Tillbridge client plumbing that may change in any release. */
package io.tillbridge.client.internal.json;
