/**
 * KashFlow bank accounts and bank transactions: settlement deposits and fees, posted at most once per
 * comment.
 */
package io.tillbridge.kashflow.bank;
