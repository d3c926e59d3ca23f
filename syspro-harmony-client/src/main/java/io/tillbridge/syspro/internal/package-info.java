/**
 * NOT API. The e.net wire — the connection and its session, framing, hardened XML, SYSPRO's value
 * formats, request checks — public only because the business-object packages of this client use it.
 * It may change in any release; hosts use {@link io.tillbridge.syspro.SysproClient} and its services.
 */
package io.tillbridge.syspro.internal;
