package io.tillbridge.flows.syspro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.store.InMemoryFlowStore;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.mapping.risk.RiskPolicy;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keys longer than SYSPRO's 30 characters: a deterministic, exact-matchable short form, never a silent cut. */
class SysproKeysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // key, SYSPRO form
            "TB-WEB-1, TB-WEB-1",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123, ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234, ABCDEFGHIJKLMNOPQRS~ad399382e8",
            "{0E1A7B3C-0C4D-4E1D-9F1A-2B7C}-0001, {0E1A7B3C-0C4D-4E1D~ca7481c2f2",
    })
    void shortKeysStayLongKeysGetTheirDeterministicForm(String key, String expected) {
        assertThat(SysproKeys.of(key)).isEqualTo(expected).hasSizeLessThanOrEqualTo(SysproKeys.MAX);
        assertThat(SysproKeys.of(key)).isEqualTo(SysproKeys.of(key));
        assertThat(SysproKeys.shortened(key)).isEqualTo(key.length() > 30);
    }

    @Test
    void longKeysSharingTheirFirstThirtyCharactersStayApart() {
        String a = "ORDER-2026-03-02-WEBSHOP-0000001-A";
        String b = "ORDER-2026-03-02-WEBSHOP-0000001-B";
        assertThat(SysproKeys.of(a)).isNotEqualTo(SysproKeys.of(b)).hasSize(30).contains("~");
    }

    @Test
    void aBlankKeyIsRefusedByName() {
        assertThatThrownBy(() -> SysproKeys.of(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
    }

    @Test
    void aFortyCharacterVendorTxCodeIsImportedAndPaidUnderItsShortFormAndFoundAgainNotTruncated() {
        String code = "WEBSHOP-2026-03-02-0000000001-CHECKOUT-1"; // 40, Opayo's maximum
        try (SysproWorld world = new SysproWorld()) {
            WebOrder plain = world.webOrder(code, "000001", "A100", "100466");
            String transactionId = "0E1A7B3C-0C4D-4E1D-9F1A-2B7C3D4E5F60"; // an Opayo transaction id: 36 characters
            world.orders.put(code, new WebOrder(code, transactionId, plain.paid(), plain.customer(), plain.warehouse(), plain.lines(),
                    plain.shipTo(), plain.email(), plain.cardType(), plain.channel(), null, plain.invoice()));
            SysproOutcome done = world.orderFlow("runner-a", SysproOrderFlow.PaymentPosting.ON_PAYMENT).run(code);
            assertThat(done).isInstanceOf(SysproOutcome.Done.class);
            String po = SysproKeys.of(code);
            assertThat(world.emulator.books().salesOrders()).singleElement().satisfies(o -> {
                assertThat(o.customerPoNumber()).isEqualTo(po);
                assertThat(String.join("", o.comments())).contains(code);
            });
            assertThat(world.emulator.books().payments()).singleElement().satisfies(p -> assertThat(p.reference()).isEqualTo(po));
            assertThat(SysproOrderFlow.narration(world.orders.get(code))).contains(transactionId).contains(code);

            // A host that lost its store finds both by the same form: nothing posted twice.
            SysproOrderFlow fresh = new SysproOrderFlow(new SysproTarget(world.client),
                    EffectEngine.builder(new InMemoryFlowStore(world.clock)).clock(world.clock).runner("runner-b").build(),
                    world.orders::get, new SysproOrderFlow.Settings(RiskPolicy.defaults(), SysproWorld.GL,
                    SysproOrderFlow.PaymentPosting.ON_PAYMENT, world.clock, ZoneOffset.UTC));
            assertThat(fresh.run(code)).isInstanceOf(SysproOutcome.Done.class);
            assertThat(world.emulator.calls("SORTOI") + world.emulator.calls("ARSTPY")).isEqualTo(2);
            assertThat(world.emulator.books().payments()).extracting(p -> p.value()).containsExactly(new BigDecimal("59.98"));
            assertThat(Money.of("59.98", "GBP")).isEqualTo(world.orders.get(code).paid());
            assertThat(List.of(po)).allSatisfy(p -> assertThat(p).hasSize(30));
        }
    }
}
