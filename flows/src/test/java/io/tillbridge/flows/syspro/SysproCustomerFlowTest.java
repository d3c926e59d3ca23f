package io.tillbridge.flows.syspro;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.client.Secret;
import io.tillbridge.mapping.model.Address;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import io.tillbridge.zoho.ZohoInventoryClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SysproCustomerFlowTest {

    @Test
    void payersAreSetUpAndUpdatedOnceAndChangesDoNotEchoBetweenSysproAndZoho() {
        try (SysproWorld world = new SysproWorld();
             ZohoEmulator zohoEmulator = new ZohoEmulator("20071234567", "1000.DEMO", "client-secret", "refresh-token", world.clock)
                     .start()) {
            zohoEmulator.rateLimit(1_000_000, Duration.ofMinutes(1));
            try (ZohoInventoryClient zoho = ZohoInventoryClient.builder().endpoints(URI.create(zohoEmulator.baseUrl()),
                            URI.create(zohoEmulator.baseUrl())).organizationId("20071234567")
                    .refreshToken("1000.DEMO", Secret.of("client-secret"), Secret.of("refresh-token"))
                    .rateLimit(1_000_000, Duration.ofMinutes(1), Duration.ofSeconds(5)).clock(world.clock).build()) {
                String contact = zohoEmulator.seedCustomer("Ann Walker", "ann@example.com", "GBP", null);
                SysproCustomerFlow flow = new SysproCustomerFlow(new SysproTarget(world.client), zoho, world.engine("runner-a"));
                Address home = new Address(List.of("Flat 4, Harbour View Apartments", "17 Long Quay Road"), "Bristol", null,
                        "BS1 4DJ", "GB");
                Payer ann = new Payer("C1001", 1, "Ann Walker", "ann@example.com", "0117 000 0000", "GBP", home, home);

                assertThat(flow.push(ann)).isInstanceOf(SysproOutcome.Done.class);
                assertThat(flow.push(ann)).isInstanceOf(SysproOutcome.Done.class);
                assertThat(world.emulator.books().customer("C1001")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Ann Walker"));
                int setups = world.emulator.calls("ARSSCS");
                assertThat(setups).isEqualTo(1); // added once; the version-1 update was found already held

                // SYSPRO's change goes to Zoho once; the same state again writes nothing.
                Payer renamed = new Payer("C1001", 2, "Ann Walker-Smith", "ann@example.com", "0117 000 0000", "GBP", home, home);
                assertThat(flow.push(renamed)).isInstanceOf(SysproOutcome.Done.class);
                assertThat(world.emulator.calls("ARSSCS")).isEqualTo(2);
                assertThat(flow.toZoho("C1001", contact)).isInstanceOf(SysproOutcome.Done.class);
                var pushed = zohoEmulator.record("contacts", contact);
                assertThat(pushed.path("contact_name").asText()).isEqualTo("Ann Walker-Smith");
                // Everything that maps, not the name only: addresses through the SYSPRO profile, e-mail and telephone on the primary person.
                for (String field : List.of("billing_address", "shipping_address")) {
                    assertThat(pushed.path(field).path("address").asText()).as(field).isEqualTo("Flat 4, Harbour View Apartments");
                    assertThat(pushed.path(field).path("street2").asText()).as(field).isEqualTo("17 Long Quay Road");
                    assertThat(pushed.path(field).path("city").asText()).as(field).isEqualTo("Bristol");
                    assertThat(pushed.path(field).path("zip").asText()).as(field).isEqualTo("BS1 4DJ");
                    assertThat(pushed.path(field).path("country").asText()).as(field).isEqualTo("United Kingdom");
                }
                assertThat(pushed.path("contact_persons").get(0).path("email").asText()).isEqualTo("ann@example.com");
                assertThat(pushed.path("contact_persons").get(0).path("phone").asText()).isEqualTo("0117 000 0000");
                assertThat(pushed.path("contact_persons").get(0).path("is_primary_contact").asBoolean()).isTrue();
                SysproOutcome again = flow.toZoho("C1001", contact);
                assertThat(((SysproOutcome.Done) again).results()).containsEntry("changed", "no");
                // A host that lost its store: the contact is read and found to hold it all, in SYSPRO's form; nothing is written.
                String written = zohoEmulator.record("contacts", contact).path("last_modified_time").asText();
                world.clock.advance(Duration.ofMinutes(5));
                SysproCustomerFlow fresh = new SysproCustomerFlow(new SysproTarget(world.client), zoho,
                        io.tillbridge.flows.effect.EffectEngine.builder(new io.tillbridge.flows.store.InMemoryFlowStore(world.clock))
                                .clock(world.clock).runner("runner-b").build());
                assertThat(((SysproOutcome.Done) fresh.toZoho("C1001", contact)).results()).containsEntry("changed", "yes");
                assertThat(zohoEmulator.record("contacts", contact).path("last_modified_time").asText()).isEqualTo(written);
                // The echo: Zoho's contact now says what SYSPRO says; pushing it back as a new version writes nothing to SYSPRO.
                assertThat(flow.push(new Payer("C1001", 3, "Ann Walker-Smith", "ann@example.com", "0117 000 0000", "GBP", home, home)))
                        .isInstanceOf(SysproOutcome.Done.class);
                assertThat(world.emulator.calls("ARSSCS")).isEqualTo(2);

                // Long lines are wrapped onto SYSPRO's five lines; what cannot fit at all (six full lines) is refused.
                Address tooLong = new Address(List.of("The Old Rectory Cottage at the End of Church Lane Near the Green",
                        "Upper Little Hampton Under Wychwood on the Hill", "Unit 7 Riverside Business and Innovation Park",
                        "Building 12 Second Floor East Wing Reception"), "Bristol upon Avon in the County of Somerset",
                        "Somerset and North Somerset Unitary Area", "BS1 4DJ", "GB");
                SysproOutcome refused = flow.push(new Payer("C1002", 1, "Bo", null, null, "GBP", tooLong, null));
                assertThat(refused).isInstanceOf(SysproOutcome.DeadLettered.class);
                assertThat(((SysproOutcome.DeadLettered) refused).reason()).contains("not truncated").contains("no money moved");
                assertThat(world.emulator.books().customer("C1002")).isEmpty();
            }
        }
    }
}
