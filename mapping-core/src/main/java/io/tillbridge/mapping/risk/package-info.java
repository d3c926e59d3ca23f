/**
 * An explainable risk score from 0 to 100: points for each signal (AVS/CV2 and 3-D Secure results, the
 * amount against the customer's own history, velocity, billing against shipping country, a host's list of
 * high-risk countries), every reason listed, and a decision — pass, review or hold. Scoring reads no store
 * and no clock: the history and the time are passed in.
 */
package io.tillbridge.mapping.risk;
