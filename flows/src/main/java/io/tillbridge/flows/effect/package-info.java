/**
 * The effect engine every flow runs on: each side effect in another system (a charge, a posting, a
 * stock movement) is recorded as begun and done under a lease, so that a crash, a retry or a second
 * runner never does it twice, and an interrupted effect is resolved by an exact lookup in the target.
 */
package io.tillbridge.flows.effect;
