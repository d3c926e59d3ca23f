/**
 * {@link io.tillbridge.runner.WorkFinder}s that poll Zoho Inventory for work: confirmed, unpaid sales
 * orders to charge and open credit notes to refund. Each keeps its position as the newest modification
 * time seen plus the ids seen at that second, so that nothing changed between polls is missed and nothing
 * is scheduled twice; polling is the safety net under the webhooks, which bring work sooner.
 */
package io.tillbridge.runner.poll;
