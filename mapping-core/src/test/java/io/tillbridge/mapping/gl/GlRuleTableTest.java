package io.tillbridge.mapping.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.Violation;
import io.tillbridge.mapping.model.TransactionType;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlRuleTableTest {

    static final GlAccounts STANDARD = new GlAccounts("4000", "4010", "4020", "7700", "1200");
    static final GlAccounts AMEX = new GlAccounts("4001", "4011", "4021", "7701", "1200");
    static final GlAccounts EURO = new GlAccounts("4100", "4110", "4120", "7710", "1210");
    static final GlAccounts MOTO = new GlAccounts("4200", "4210", "4220", "7720", "1200");
    static final GlAccounts NEGATIVE = new GlAccounts("4000", "4015", "4025", "7700", "1200");

    static final List<GlRule> RULES = List.of(
            new GlRule("amex", null, Set.of("AmericanExpress"), null, null, AmountSign.ANY, AMEX),
            new GlRule("euro", null, null, Set.of(Currency.getInstance("EUR")), null, AmountSign.ANY, EURO),
            new GlRule("moto payments", Set.of(TransactionType.PAYMENT, TransactionType.REPEAT), null, null,
                    Set.of("moto"), AmountSign.POSITIVE, MOTO),
            new GlRule("money out", null, null, null, null, AmountSign.NEGATIVE, NEGATIVE));

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} → {5}")
    @CsvSource(value = {
        "PAYMENT,    AmericanExpress, GBP, web,  1,  amex",
        "REFUND,     americanexpress, EUR, web,  -1, amex",     // first match wins, case ignored
        "PAYMENT,    Visa,            EUR, web,  1,  euro",
        "PAYMENT,    Visa,            GBP, MOTO, 1,  moto payments",
        "REPEAT,     MasterCard,      GBP, moto, 1,  moto payments",
        "REFUND,     Visa,            GBP, moto, -1, money out",
        "CHARGEBACK, Visa,            GBP, NULL, -1, money out",
        "PAYMENT,    NULL,            GBP, NULL, 1,  NONE",
        "RELEASE,    Visa,            JPY, web,  1,  NONE",
    }, nullValues = "NULL")
    void firstMatchingRuleWins(TransactionType type, String method, String currency, String channel, int sign, String rule) {
        GlContext context = new GlContext(type, method, Currency.getInstance(currency), channel, sign);
        GlRuleTable table = GlRuleTable.of(RULES);
        GlExplanation explanation = table.explain(context);
        if (rule.equals("NONE")) {
            assertThat(explanation.matched()).isEmpty();
            assertThatThrownBy(() -> table.derive(context))
                    .isInstanceOf(NoGlRuleException.class)
                    .hasMessageContaining("no GL rule matches")
                    .satisfies(e -> assertThat(((NoGlRuleException) e).explanation().tried()).hasSize(RULES.size()));
            assertThat(GlRuleTable.withDefault(RULES, STANDARD).derive(context)).isEqualTo(STANDARD);
            assertThat(GlRuleTable.withDefault(RULES, STANDARD).explain(context).byDefault()).isTrue();
        } else {
            assertThat(explanation.matched()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo(rule));
            assertThat(table.derive(context)).isEqualTo(explanation.matched().orElseThrow().accounts());
            assertThat(explanation.byDefault()).isFalse();
        }
    }

    @Test
    void explainsWhichRuleMatchedAndWhyTheOthersDidNot() {
        GlContext refund = new GlContext(TransactionType.REFUND, "Visa", Currency.getInstance("GBP"), "moto", -1);
        String described = GlRuleTable.of(RULES).explain(refund).describe();
        assertThat(described).isEqualTo(String.join("\n",
                "amex: skipped (method Visa not in [AMERICANEXPRESS])",
                "euro: skipped (currency GBP not in [EUR])",
                "moto payments: skipped (type REFUND not in [PAYMENT, REPEAT]; sign -1 is not POSITIVE)",
                "money out: matched (type any (REFUND); method any (Visa); currency any (GBP); channel any (moto); sign -1 is NEGATIVE)",
                ""));
        GlContext yen = new GlContext(TransactionType.PAYMENT, "Visa", Currency.getInstance("JPY"), null, 1);
        assertThat(GlRuleTable.of(RULES).explain(yen).describe()).endsWith("no rule matched and there is no default\n");
        assertThat(GlRuleTable.withDefault(RULES, STANDARD).explain(yen).describe()).endsWith("no rule matched: default accounts\n");
        assertThat(GlRuleTable.withDefault(RULES, STANDARD).defaultAccounts()).contains(STANDARD);
        assertThat(GlRuleTable.of(RULES).rules()).hasSize(4);
    }

    @Test
    void aCatchAllMatchesEverything() {
        GlRule all = GlRule.catchAll("everything", STANDARD);
        assertThat(all.matches(new GlContext(TransactionType.CHARGEBACK, null, Currency.getInstance("BHD"), null, -7))).isTrue();
        assertThatThrownBy(() -> GlRule.catchAll(" ", STANDARD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyAccountIsRequired() {
        assertThatThrownBy(() -> new GlAccounts("4000", null, " ", "7700", null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
                        .containsExactly("accounts.refunds", "accounts.chargebacks", "accounts.bank"));
    }
}
