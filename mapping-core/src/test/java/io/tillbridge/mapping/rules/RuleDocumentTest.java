package io.tillbridge.mapping.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.Violation;
import io.tillbridge.mapping.customfields.CanonicalField;
import io.tillbridge.mapping.customfields.CustomFieldTemplate;
import io.tillbridge.mapping.customfields.FieldCatalogue;
import io.tillbridge.mapping.gl.GlContext;
import io.tillbridge.mapping.model.PaymentStatus;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleDocumentTest {

    private static RuleSet load(String fixture) throws IOException {
        try (Reader reader = new InputStreamReader(RuleDocumentTest.class.getResourceAsStream("/fixtures/rules/" + fixture),
                StandardCharsets.UTF_8)) {
            return RuleDocument.load(reader, FieldCatalogue.builder());
        }
    }

    @Test
    void loadsEveryKindOfTableFromOneDocument() throws IOException {
        RuleSet rules = load("rules.json");

        assertThat(rules.sourceStatusTables().get("opayoPi").map("Redirect", "2099")).isEqualTo(PaymentStatus.PENDING);
        assertThat(rules.sourceStatusTables().get("opayoPi").map("Ok", "0000")).isEqualTo(PaymentStatus.AUTHORISED);
        assertThat(rules.sourceStatusTables().get("legacyGateway").map("DECLINED", "05")).isEqualTo(PaymentStatus.DECLINED);
        assertThat(rules.sourceStatusTables().get("legacyGateway").map("DECLINED", "06")).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(rules.targetStatusTables().get("zohoPaymentStatus").map(PaymentStatus.VOIDED)).isEqualTo("Void");
        assertThat(rules.targetStatusTables().get("zohoPaymentStatus").map(PaymentStatus.AUTHORISED)).isEqualTo("Paid");

        var gl = rules.glRules().orElseThrow();
        assertThat(gl.explain(new GlContext(TransactionType.REFUND, "Visa", Currency.getInstance("EUR"), null, -1))
                .matched().orElseThrow().name()).isEqualTo("euro refunds");
        assertThat(gl.derive(new GlContext(TransactionType.PAYMENT, "Visa", Currency.getInstance("GBP"), null, 1)).receipts())
                .isEqualTo("4000");

        var rates = rules.exchangeRates().orElseThrow();
        assertThat(rates.convert(Money.of("10.00", "GBP"), Currency.getInstance("JPY"), LocalDate.of(2026, 11, 26)))
                .isEqualTo(Money.of("1905", "JPY"));

        CustomFieldTemplate template = rules.templates().get("order-to-cash");
        assertThat(template.apply(Map.of(CanonicalField.TRANSACTION_ID, "T-1", CanonicalField.RISK_DECISION, "HOLD")).values())
                .extracting(CustomFieldTemplate.FieldValue::value).containsExactly("T-1", "Check", "none");
    }

    @Test
    void reportsEveryProblemWithItsPath() throws IOException {
        assertThatThrownBy(() -> load("broken-rules.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).containsExactlyInAnyOrder(
                        new Violation("$.extra", "is not a known key (expected one of sourceStatusTables, targetStatusTables, glRules, exchangeRates, fieldCatalogue, customFieldTemplates)"),
                        new Violation("$.sourceStatusTables.opayoPi.base", "'opayoPie' is not one of [opayoClassic, opayoPi]"),
                        new Violation("$.sourceStatusTables.opayoPi.rules[0].to", "'PAID' is not one of [AUTHORISED, DECLINED, REJECTED, CHALLENGE_REQUIRED, AUTHENTICATED, REGISTERED, PENDING, RELEASED, ABORTED, VOIDED, INVALID, ERROR, UNKNOWN]"),
                        new Violation("$.sourceStatusTables.opayoPi.rules[1].to", "UNKNOWN is what unmapped values already become; remove the rule instead"),
                        new Violation("$.targetStatusTables.custom.values.UNKNOWN", "UNKNOWN cannot be mapped: callers must resolve it first"),
                        new Violation("$.targetStatusTables.custom.values.SETTLED", "'SETTLED' is not one of [AUTHORISED, DECLINED, REJECTED, CHALLENGE_REQUIRED, AUTHENTICATED, REGISTERED, PENDING, RELEASED, ABORTED, VOIDED, INVALID, ERROR, UNKNOWN]"),
                        new Violation("$.targetStatusTables.custom.values", "custom table has no value for [DECLINED, REJECTED, CHALLENGE_REQUIRED, AUTHENTICATED, REGISTERED, PENDING, RELEASED, ABORTED, VOIDED, INVALID, ERROR]"),
                        new Violation("$.glRules.rules[0].types[0]", "'PAYMENTS' is not one of [PAYMENT, DEFERRED, AUTHENTICATE, AUTHORISE, RELEASE, REPEAT, REFUND, VOID, ABORT, CANCEL, CHARGEBACK, UNKNOWN]"),
                        new Violation("$.glRules.rules[0].currencies[0]", "'GBX' is not an ISO 4217 currency"),
                        new Violation("$.glRules.rules[0].accounts.chargebacks", "is missing"),
                        new Violation("$.glRules.rules[0].accounts.bank", "is missing"),
                        new Violation("$.glRules.rules[1].name", "rule 'amex' is defined twice"),
                        new Violation("$.glRules.rules[1].sign", "'SIDEWAYS' is not one of [ANY, POSITIVE, NEGATIVE]"),
                        new Violation("$.exchangeRates.maxAge", "'3 days' is not an ISO-8601 period such as P1D"),
                        new Violation("$.exchangeRates.rates[0].asOf", "'24/11/2026' is not an ISO date such as 2026-11-24"),
                        new Violation("$.exchangeRates.rates[1].rate", "a rate needs two different currencies, got GBP twice"),
                        new Violation("$.customFieldTemplates[0].mappings[0].target", "Zoho SALES_ORDER cf_missing does not exist"),
                        new Violation("$.customFieldTemplates[0].mappings[1].source", "'CVV' is not one of [TRANSACTION_ID, VENDOR_TX_CODE, BANK_AUTHORISATION_CODE, AVS_CV2_RESULT, THREE_D_SECURE_STATUS, RISK_SCORE, RISK_DECISION, CARD_TYPE, LAST_FOUR_DIGITS, PAYMENT_STATUS]"),
                        new Violation("$.customFieldTemplates[0].mappings[1].transforms[0]", "must have one of format, lookup or default")));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "not json                                             | $ | is not valid JSON",
        "[]                                                   | $ | must be a JSON object",
        "{\"glRules\": []}                                    | $.glRules | must be an object",
        "{\"glRules\": {\"rules\": {}}}                       | $.glRules.rules | must be an array",
        "{\"glRules\": {\"rules\": [ 3 ]}}                    | $.glRules.rules[0] | must be an object",
        "{\"glRules\": {\"rules\": [{\"name\": \"x\", \"methods\": [1]}]}} | $.glRules.rules[0].methods[0] | must be a string",
        "{\"exchangeRates\": {\"rates\": []}}                 | $.exchangeRates.baseCurrency | is missing",
        "{\"exchangeRates\": {\"baseCurrency\": \"GBP\", \"maxAge\": \"-P1D\"}} | $.exchangeRates.maxAge | must not be negative",
        "{\"exchangeRates\": {\"baseCurrency\": \"GBP\", \"rates\": [{\"base\": \"GBP\", \"quote\": \"EUR\", \"asOf\": \"2026-01-01\"}]}} | $.exchangeRates.rates[0].rate | is missing",
        "{\"exchangeRates\": {\"baseCurrency\": \"GBP\", \"rates\": [{\"base\": \"GBP\", \"quote\": \"EUR\", \"rate\": \"1,2\", \"asOf\": \"2026-01-01\"}]}} | $.exchangeRates.rates[0].rate | is not a plain decimal number",
        "{\"sourceStatusTables\": {\"t\": {\"rules\": [{\"status\": 5, \"to\": \"ERROR\"}]}}} | $.sourceStatusTables.t.rules[0].status | must be a non-blank string",
        "{\"targetStatusTables\": {\"t\": {\"base\": \"zohoPaymentStatus\", \"values\": {\"VOIDED\": 1}}}} | $.targetStatusTables.t.values.VOIDED | must be a non-blank string",
        "{\"fieldCatalogue\": {\"zoho\": [{\"entity\": \"ITEM\"}]}} | $.fieldCatalogue.zoho[0] | needs customfieldId or apiName",
        "{\"customFieldTemplates\": [{\"name\": \"t\", \"mappings\": [{\"source\": \"CARD_TYPE\", \"target\": {\"system\": \"sage\"}}]}]} | $.customFieldTemplates[0].mappings[0].target.system | 'sage' is not one of [kashflow, syspro, zoho]",
        "{\"customFieldTemplates\": [{\"name\": \"t\", \"mappings\": [{\"source\": \"CARD_TYPE\", \"target\": {\"system\": \"zoho\", \"entity\": \"ITEM\"}}]}]} | $.customFieldTemplates[0].mappings[0].target | name a Zoho custom field by exactly one of customfieldId and apiName",
        "{\"customFieldTemplates\": [{\"name\": \"t\", \"mappings\": [{\"source\": \"CARD_TYPE\", \"target\": {\"system\": \"kashflow\", \"entity\": \"CUSTOMER\", \"name\": \"ExtraText1\"}, \"transforms\": [{\"format\": \"x\"}]}]}]} | $.customFieldTemplates[0].mappings[0].transforms[0].format | must contain {value}",
        "{\"customFieldTemplates\": [{\"name\": \"t\", \"mappings\": [{\"source\": \"CARD_TYPE\", \"target\": {\"system\": \"kashflow\", \"entity\": \"CUSTOMER\", \"name\": \"ExtraText1\"}, \"transforms\": [{\"lookup\": {\"a\": 1}}]}]}]} | $.customFieldTemplates[0].mappings[0].transforms[0].lookup.a | must be a string",
        "{\"customFieldTemplates\": [{\"name\": \"t\", \"mappings\": []}, {\"name\": \"t\", \"mappings\": []}]} | $.customFieldTemplates[1].name | template 't' is defined twice",
    })
    void namesThePathOfEachBadEntry(String json, String path, String problem) {
        assertThatThrownBy(() -> RuleDocument.load(json, FieldCatalogue.builder()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo(path);
                            assertThat(v.problem()).contains(problem);
                        }));
    }

    @Test
    void anEmptyDocumentIsAnEmptyRuleSet() {
        RuleSet rules = RuleDocument.load("{}", FieldCatalogue.builder());
        assertThat(rules.glRules()).isEmpty();
        assertThat(rules.exchangeRates()).isEmpty();
        assertThat(rules.templates()).isEmpty();
        RuleSet removed = RuleDocument.load("{\"sourceStatusTables\": {\"pi\": {\"base\": \"opayoPi\", \"remove\": [{\"status\": \"Error\"}]}}}",
                FieldCatalogue.builder());
        assertThat(removed.sourceStatusTables().get("pi").map("Error", "9999")).isEqualTo(PaymentStatus.UNKNOWN);
    }
}
