package io.tillbridge.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.sandbox.Http;
import io.tillbridge.sandbox.opayo.OpayoEmulator;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxExtensionTest {

    @Nested
    @ExtendWith(SandboxExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class Declared {

        @Test
        @Order(1)
        void theEmulatorsArePassedInStartedOnLoopback(OpayoEmulator opayo, ZohoEmulator zoho) throws IOException {
            assertThat(opayo.piUrl()).matches("http://(localhost|127\\.0\\.0\\.1):\\d+/api/v1");
            assertThat(zoho.baseUrl()).matches("http://(localhost|127\\.0\\.0\\.1):\\d+");
            // Answering: Pi refuses a call without credentials rather than not being there.
            assertThat(Http.send("POST", opayo.piUrl() + "/merchant-session-keys", Map.of(), "{}").status()).isEqualTo(401);
            opayo.faults().outage(5, 503);
        }

        @Test
        @Order(2)
        void aTestsFaultsAreClearedBeforeTheNext(OpayoEmulator opayo) throws IOException {
            assertThat(Http.send("POST", opayo.piUrl() + "/merchant-session-keys", Map.of(), "{}").status()).isEqualTo(401);
        }
    }

    @Nested
    class PerTest {

        @RegisterExtension
        SandboxExtension sandbox = SandboxExtension.builder().build();

        @Test
        void anInstanceFieldStartsTheEmulatorsForTheTest() {
            assertThat(sandbox.opayo().baseUrl()).isNotEqualTo(sandbox.zoho().baseUrl());
        }
    }

    @Test
    void anExtensionThatWasNeverStartedSaysSo() {
        SandboxExtension unregistered = SandboxExtension.builder().build();
        assertThatThrownBy(unregistered::opayo).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
        assertThatThrownBy(() -> SandboxExtension.builder().zohoRateLimit(0, java.time.Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zohoRateLimit.requests");
    }
}
