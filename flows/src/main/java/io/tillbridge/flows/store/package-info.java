/**
 * Where flows keep what they did: an idempotency store of each step's outcome under its deterministic
 * key, so that running a flow again over the same input has no second effect, and a dead-letter queue of
 * what a person must fix and replay, with the reason. In-memory implementations for tests and the demo.
 */
package io.tillbridge.flows.store;
