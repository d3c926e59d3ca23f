/**
 * The KashFlow client: {@link io.tillbridge.kashflow.KashFlowClient} and its builder, the environments,
 * and the failures particular to KashFlow (a locked account, a record not found, a lookup that found
 * several, a payment whose outcome is unknown). KashFlow is reached over its REST API and, where REST
 * lacks an operation, its SOAP API.
 */
package io.tillbridge.kashflow;
