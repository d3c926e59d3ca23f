package io.tillbridge.flows.kashflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.mapping.model.Address;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Customers from Opayo billing details: created once by a stable code, updated where they differ, Greece as EL. */
class KashFlowCustomerFlowTest {

    private final KashFlowWorld world = new KashFlowWorld();

    @AfterEach
    void close() {
        world.close();
    }

    private KashFlowCustomerFlow flow(InMemoryFlowStore store) {
        EffectEngine engine = EffectEngine.builder(store).clock(world.clock).runner("runner-1").build();
        return new KashFlowCustomerFlow(world.kashflow, engine, KashFlowWorld.settings(null));
    }

    @Test
    void aNewPayerBecomesOneCustomerWithAKashFlowAddressAndAgainNothingIsWritten() {
        Address athens = new Address(List.of("Odos Ermou 12", "Flat 3", "Syntagma", "Building B", "Entrance C"), "Athens", null,
                "105 63", "GR");
        OpayoPayment.Payer payer = new OpayoPayment.Payer("Eleni", "Papadopoulou", "Eleni@Example.gr", athens);
        KashFlowCustomerFlow flow = flow(new InMemoryFlowStore(world.clock));
        String code = flow.codeOf("eleni@example.gr");

        assertThat(flow.run(payer)).isInstanceOf(KashFlowOutcome.Posted.class);

        JsonNode customer = world.kashflowEmulator.customer(code);
        assertThat(customer).isNotNull();
        assertThat(customer.get("CountryCode").asText()).isEqualTo("EL");
        assertThat(customer.get("Name").asText()).isEqualTo("Eleni Papadopoulou");
        String lines = customer.get("Address1").asText() + "|" + customer.get("Address2").asText() + "|"
                + customer.get("Address3").asText() + "|" + customer.get("Address4").asText();
        for (String part : List.of("Odos Ermou 12", "Flat 3", "Syntagma", "Building B", "Entrance C", "Athens")) {
            assertThat(lines).as("nothing truncated").contains(part);
        }
        long writes = world.kashflowEmulator.calls(c -> c.equals("SOAP InsertCustomer") || c.equals("SOAP UpdateCustomer"));
        assertThat(flow.run(payer)).isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(flow(new InMemoryFlowStore(world.clock)).run(payer)).isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(world.kashflowEmulator.calls(c -> c.equals("SOAP InsertCustomer") || c.equals("SOAP UpdateCustomer")))
                .isEqualTo(writes);
    }

    @Test
    void aKnownPayerWithANewAddressIsUpdatedNotCreatedAgain() {
        KashFlowCustomerFlow flow = flow(new InMemoryFlowStore(world.clock));
        Address first = new Address(List.of("1 High Street"), "London", null, "SW1A 1AA", "GB");
        Address moved = new Address(List.of("2 Low Road"), "Leeds", null, "LS1 1AA", "GB");
        assertThat(flow.run(new OpayoPayment.Payer("Ada", "Lovelace", "ada@example.com", first))).isInstanceOf(KashFlowOutcome.Posted.class);

        KashFlowOutcome again = flow.run(new OpayoPayment.Payer("Ada", "Lovelace", "ada@example.com", moved));

        assertThat(again).isInstanceOf(KashFlowOutcome.Posted.class);
        assertThat(world.kashflowEmulator.calls(c -> c.equals("SOAP InsertCustomer"))).isEqualTo(1);
        assertThat(world.kashflowEmulator.customer(flow.codeOf("ada@example.com")).get("Address1").asText()).isEqualTo("2 Low Road");
    }

    @Test
    void aPayerWithoutAnEmailIsDeadLetteredNamingTheField() {
        InMemoryFlowStore store = new InMemoryFlowStore(world.clock);
        KashFlowOutcome outcome = flow(store).run(new OpayoPayment.Payer("No", "Mail", null, null));
        assertThat(outcome).isInstanceOf(KashFlowOutcome.DeadLettered.class);
        assertThat(((KashFlowOutcome.DeadLettered) outcome).reason()).startsWith("email:");
        assertThat(store.openDeadLetters()).hasSize(1);
    }

    @Test
    void fiveHundredsLostAnswersAnExpiredSessionAndAnOutageStillLeaveOneCustomerPerPayer() {
        List<OpayoPayment.Payer> payers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            payers.add(new OpayoPayment.Payer("Payer", "No" + i, "payer" + i + "@example.com",
                    new Address(List.of(i + " High Street"), "London", null, "SW1A 1AA", "GB")));
        }
        InMemoryFlowStore store = new InMemoryFlowStore(world.clock);
        KashFlowCustomerFlow flow = flow(store);
        world.kashflowEmulator.faults().seed(9).errorRate(0.2).resetAfterProcessing(0.2);
        world.kashflowEmulator.faults().outage(30, 503);
        List<OpayoPayment.Payer> open = new java.util.ArrayList<>(payers);
        int notPosted = 0;
        for (int round = 0; round < 25 && !open.isEmpty(); round++) {
            if (round == 2) {
                world.kashflowEmulator.expireSessions();
            }
            open.removeIf(payer -> flow.run(payer) instanceof KashFlowOutcome.Posted);
            notPosted += open.size(); // each still open was stopped by a fault this round
            world.clock.advance(java.time.Duration.ofMinutes(5));
        }
        world.kashflowEmulator.faults().clear();

        assertThat(notPosted).as("runs the faults stopped").isPositive();
        assertThat(open).as("payers never brought to KashFlow").isEmpty();
        assertThat(store.openDeadLetters()).isEmpty();
        for (int i = 0; i < payers.size(); i++) {
            JsonNode customer = world.kashflowEmulator.customer(flow.codeOf("payer" + i + "@example.com"));
            assertThat(customer).as("payer %d", i).isNotNull();
            assertThat(customer.get("Address1").asText()).isEqualTo(i + " High Street");
        }
        // Every payer again over an emptied store: found, nothing written.
        long writes = world.kashflowEmulator.calls(c -> c.equals("SOAP InsertCustomer") || c.equals("SOAP UpdateCustomer"));
        KashFlowCustomerFlow restarted = flow(new InMemoryFlowStore(world.clock));
        payers.forEach(payer -> assertThat(restarted.run(payer)).isInstanceOf(KashFlowOutcome.Posted.class));
        assertThat(world.kashflowEmulator.calls(c -> c.equals("SOAP InsertCustomer") || c.equals("SOAP UpdateCustomer")))
                .isEqualTo(writes);
    }
}
