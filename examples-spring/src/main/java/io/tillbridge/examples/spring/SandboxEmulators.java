package io.tillbridge.examples.spring;

import io.tillbridge.sandbox.SandboxValues;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the Opayo and Zoho emulators before anything else and publishes their addresses as
 * {@code sandbox.opayo.pi-url}, {@code sandbox.opayo.reporting-url} and {@code sandbox.zoho.url}, which
 * {@code application.properties} hands to {@code tillbridge.*}; stops them when the context closes.
 * Registered in {@code META-INF/spring.factories}, so the application and its tests both get it. Against
 * the real services, drop this class and set the {@code tillbridge.*} URLs and credentials instead.
 */
public final class SandboxEmulators implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private OpayoEmulator opayo;
    private ZohoEmulator zoho;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Clock clock = Clock.systemUTC();
        opayo = SandboxValues.opayoEmulator(clock).start();
        zoho = SandboxValues.zohoEmulator(clock).start();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tillbridge-sandbox", Map.of(
                "sandbox.opayo.pi-url", opayo.piUrl(),
                "sandbox.opayo.reporting-url", opayo.reportingUrl(),
                "sandbox.zoho.url", zoho.baseUrl())));
        context.getBeanFactory().registerSingleton("sandboxEmulators", this);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                opayo.close();
                zoho.close();
            }
        });
    }

    /** The Zoho emulator, for seeding. */
    public ZohoEmulator zoho() {
        return zoho;
    }

    /** The Opayo emulator, for inspection. */
    public OpayoEmulator opayo() {
        return opayo;
    }
}
