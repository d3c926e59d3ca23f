/**
 * An in-process SYSPRO e.net (Harmony) emulator for tests: logon sessions, the business objects
 * Tillbridge calls, and {@link io.tillbridge.sandbox.syspro.SysproBooks}, the ledger state they work on
 * and what was posted.
 */
package io.tillbridge.sandbox.syspro;
