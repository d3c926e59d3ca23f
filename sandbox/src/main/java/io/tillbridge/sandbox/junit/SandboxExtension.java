package io.tillbridge.sandbox.junit;

import io.tillbridge.sandbox.SandboxValues;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the Opayo and Zoho emulators for a JUnit 5 test class and stops them afterwards.
 *
 * <pre>{@code
 * @RegisterExtension
 * static SandboxExtension sandbox = SandboxExtension.builder().clock(clock).build();
 *
 * @Test
 * void chargesAnOrder() {
 *     OpayoClient opayo = OpayoClient.builder()
 *             .environment(OpayoEnvironment.custom(sandbox.opayo().piUrl(), sandbox.opayo().reportingUrl()))
 *             .vendorName(SandboxValues.OPAYO_VENDOR) ... ;
 *     String customer = sandbox.zoho().seedCustomer(SeedCustomer.of("Ada", null, "GBP", SandboxValues.AVS_MATCHING_UK_ADDRESS));
 * }
 * }</pre>
 *
 * Or declaratively, {@code @ExtendWith(SandboxExtension.class)}, with the emulators passed to test
 * methods (or constructors, or lifecycle methods) as {@link OpayoEmulator} and {@link ZohoEmulator}
 * parameters. The emulators accept the credentials in {@link SandboxValues}.
 *
 * <p>Registered on a static field (or with {@code @ExtendWith}), the emulators live for the test class
 * and keep their records between its tests — seed in {@code @BeforeAll}, or use fresh ids. On an
 * instance field they are started and stopped around each test. Either way the fault settings are
 * cleared after every test, so that one test's outage does not fail the next.
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private final Clock clock;
    private final int zohoRequests;
    private final Duration zohoWindow;
    private OpayoEmulator opayo;
    private ZohoEmulator zoho;
    private boolean perTest;

    /** For {@code @ExtendWith}: the system clock and Zoho's own limit of 100 calls a minute. */
    public SandboxExtension() {
        this(builder());
    }

    private SandboxExtension(Builder builder) {
        this.clock = builder.clock;
        this.zohoRequests = builder.zohoRequests;
        this.zohoWindow = builder.zohoWindow;
    }

    /**
     * Settings for a {@code @RegisterExtension} field.
     *
     * @return a builder with the system clock and Zoho's own limit
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The Opayo emulator.
     *
     * @return it, started
     * @throws IllegalStateException outside the tests the extension is registered for
     */
    public OpayoEmulator opayo() {
        return started(opayo);
    }

    /**
     * The Zoho emulator.
     *
     * @return it, started
     * @throws IllegalStateException outside the tests the extension is registered for
     */
    public ZohoEmulator zoho() {
        return started(zoho);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // beforeAll is not called for an extension on an instance field: that one lives per test.
        if (opayo == null) {
            perTest = true;
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stop();
        } else if (opayo != null) {
            opayo.faults().clear();
            zoho.faults().clear();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == OpayoEmulator.class || type == ZohoEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        start(); // does nothing once started; a constructor parameter is resolved before beforeEach
        return parameter.getParameter().getType() == OpayoEmulator.class ? opayo : zoho;
    }

    private synchronized void start() {
        if (opayo == null) {
            opayo = SandboxValues.opayoEmulator(clock).start();
            zoho = SandboxValues.zohoEmulator(clock).start().rateLimit(zohoRequests, zohoWindow);
        }
    }

    private synchronized void stop() {
        if (opayo != null) {
            opayo.close();
            zoho.close();
            opayo = null;
            zoho = null;
        }
    }

    private static <T> T started(T emulator) {
        if (emulator == null) {
            throw new IllegalStateException("the sandbox is not started: register SandboxExtension with @RegisterExtension "
                    + "or @ExtendWith, and use it from a test or a lifecycle method");
        }
        return emulator;
    }

    /** Settings for the emulators. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private int zohoRequests = 100;
        private Duration zohoWindow = Duration.ofMinutes(1);

        private Builder() {
        }

        /**
         * The emulators' clock: session-key and token expiry, record timestamps, settlement batches.
         *
         * @param clock the clock; the system's UTC clock unless set
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Zoho's allowance; Zoho's own is 100 a minute.
         *
         * @param requests how many calls, at least one
         * @param window   per how long
         * @return this builder
         */
        public Builder zohoRateLimit(int requests, Duration window) {
            if (requests < 1) {
                throw new IllegalArgumentException("zohoRateLimit.requests: at least one, was " + requests);
            }
            this.zohoRequests = requests;
            this.zohoWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        /**
         * The extension.
         *
         * @return it, with these settings
         */
        public SandboxExtension build() {
            return new SandboxExtension(this);
        }
    }
}
