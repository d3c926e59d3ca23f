/**
 * Translation between the clients' records and the canonical model of mapping-core. A missing or
 * malformed value is reported with the source system's field name, never defaulted: a record that cannot be
 * read exactly is not acted on.
 */
package io.tillbridge.flows.translate;
