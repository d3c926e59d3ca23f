/**
 * A downstream's request budget shared by every instance: {@link io.tillbridge.runner.ratelimit.SharedRateLimit}
 * keeps Zoho's per-organisation rate limit in one Bucket4j bucket on PostgreSQL (or in-process for a
 * single instance), and holds every instance's new work when the daily quota is spent or down to the
 * host's reserve, until the quota resets.
 */
package io.tillbridge.runner.ratelimit;
