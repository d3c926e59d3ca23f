/**
 * The embeddable runner: {@link io.tillbridge.runner.TillbridgeRunner} schedules the flows' work (an order
 * to charge, a credit note to refund, a business day to settle) on db-scheduler in the host's own H2 or
 * PostgreSQL database, so that several instances sharing that database split the work, each subject runs
 * on one instance at a time, and an instance that dies leaves nothing stranded. Work arrives by polling
 * ({@link io.tillbridge.runner.WorkFinder}) or by webhook ({@link io.tillbridge.runner.ingest}); the runner
 * holds no business logic of its own.
 */
package io.tillbridge.runner;
