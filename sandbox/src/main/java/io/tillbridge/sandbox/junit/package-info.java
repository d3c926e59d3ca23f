/**
 * JUnit 5 support: {@link io.tillbridge.sandbox.junit.SandboxExtension} starts the emulators for a test
 * class (or a test) and stops them afterwards, and passes them to tests that ask for them. JUnit is an
 * optional dependency of the sandbox: only projects that use this package need it, and they have it.
 */
package io.tillbridge.sandbox.junit;
