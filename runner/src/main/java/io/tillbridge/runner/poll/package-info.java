/**
 * {@link io.tillbridge.runner.WorkFinder}s that poll for work: Zoho Inventory's confirmed, unpaid sales
 * orders to charge and open credit notes to refund, and Opayo Reporting's payments and refunds of a
 * business day to post to KashFlow ({@link io.tillbridge.runner.poll.OpayoReportingFinder}, whose position
 * is its own: the end of the previous read and the ids seen within its overlap). The Zoho finders keep
 * their position as the newest modification time seen plus the ids seen at that second, so that nothing
 * changed between polls is missed and nothing is scheduled twice. Polling is the safety net under the webhooks, and notifications, which bring work sooner.
 */
package io.tillbridge.runner.poll;
