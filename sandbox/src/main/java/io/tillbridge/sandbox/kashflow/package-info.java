/**
 * An in-process KashFlow emulator (REST and SOAP) for tests: seeded customers, invoices, bank
 * accounts and nominals; scripted failures such as throttling, expired sessions and a locked account;
 * and inspection of what a client posted.
 */
package io.tillbridge.sandbox.kashflow;
