package io.tillbridge.examples.spring;

import io.tillbridge.sandbox.zoho.SeedItem;
import io.tillbridge.zoho.ZohoInventoryClient;
import java.math.BigDecimal;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application that uses Tillbridge only through the starter: {@code application.properties}
 * configures the Opayo and Zoho clients (pointed at the sandbox emulators that {@link SandboxEmulators}
 * starts first), the flow store on the application's H2 {@code DataSource}, Micrometer and the actuator's
 * health endpoint. {@code GET /actuator/health} shows the {@code tillbridge} component: circuit states,
 * Zoho's rate-limit headroom and the open dead letters.
 */
@SpringBootApplication
public class SpringExample {

    public static void main(String[] args) {
        SpringApplication.run(SpringExample.class, args);
    }

    /** One Zoho call at start-up, so that the health page and the meters have something to show. */
    @Bean
    ApplicationRunner touchZoho(ZohoInventoryClient zoho, SandboxEmulators emulators) {
        return args -> {
            String item = emulators.zoho().seedItem(new SeedItem("Example widget", "EX-1", new BigDecimal("4.99"), new BigDecimal("10")));
            zoho.items().get(item);
        };
    }
}
