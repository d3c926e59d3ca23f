/**
 * The SYSPRO client, over SYSPRO's e.net REST service (Harmony): {@link io.tillbridge.syspro.SysproClient}
 * and its builder, the site's environment, the posting options every business object takes, the
 * outcome of a posting that is never repeated blindly, exact lookups, and the failures SYSPRO answers
 * with.
 */
package io.tillbridge.syspro;
