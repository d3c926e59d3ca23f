/**
 * AR payments (ARSTPY), keyed by their reference so that a posting cut off by an ended session is
 * looked up before it is ever repeated.
 */
package io.tillbridge.syspro.receivables;
