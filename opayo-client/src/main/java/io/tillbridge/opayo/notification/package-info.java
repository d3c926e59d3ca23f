/**
 * Opayo classic Server notifications: parsing the POST, checking its VPSSignature, and the reply Opayo
 * expects.
 */
package io.tillbridge.opayo.notification;
