/**
 * How a client obtains the credential it sends: a fixed key, HTTP Basic, or a token that is fetched
 * and renewed; and which secrets the client's redactor must mask.
 */
package io.tillbridge.client.auth;
