package io.tillbridge.mapping.customfields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.customfields.CustomFieldTemplate.FieldValue;
import io.tillbridge.mapping.customfields.TargetField.KashFlowEntity;
import io.tillbridge.mapping.customfields.TargetField.ZohoEntity;
import io.tillbridge.mapping.model.AvsCv2Result;
import io.tillbridge.mapping.model.FraudIndicator;
import io.tillbridge.mapping.model.Payment;
import io.tillbridge.mapping.model.PaymentStatus;
import io.tillbridge.mapping.model.RiskDecision;
import io.tillbridge.mapping.model.ThreeDSecureResult;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomFieldTemplateTest {

    static final FieldCatalogue CATALOGUE = FieldCatalogue.builder()
            .zoho(ZohoEntity.SALES_ORDER, "460000000098001", "cf_opayo_transaction")
            .zoho(ZohoEntity.SALES_ORDER, null, "cf_risk")
            .zoho(ZohoEntity.CONTACT, "460000000098010", null)
            .syspro("SORMAS", "RiskDecision")
            .build();

    private static final Payment PAYMENT = new Payment("DB79BA2D-05DA-5B85-D188-1293D16BBAC7", "SO-00042.1",
            TransactionType.PAYMENT, PaymentStatus.AUTHORISED, Money.of("89.51", "GBP"), "Visa", "0006", "999777",
            new AvsCv2Result(AvsCv2Result.Overall.ALL_MATCHED, null, null, null), ThreeDSecureResult.AUTHENTICATED,
            "card", null, "SO-00042", null, null);

    @Test
    void writesPaymentDataToEveryTargetSystem() {
        CustomFieldTemplate template = CustomFieldTemplate.load("order-to-cash", List.of(
                new FieldMapping(CanonicalField.TRANSACTION_ID, new TargetField.Zoho(ZohoEntity.SALES_ORDER, null, "cf_opayo_transaction"), null),
                new FieldMapping(CanonicalField.RISK_SCORE, new TargetField.Zoho(ZohoEntity.SALES_ORDER, null, "cf_risk"),
                        List.of(new Transform.Format("{value}/100"))),
                new FieldMapping(CanonicalField.BANK_AUTHORISATION_CODE, new TargetField.KashFlow(KashFlowEntity.CUSTOMER, "ExtraText3"), null),
                new FieldMapping(CanonicalField.VENDOR_TX_CODE, new TargetField.KashFlow(KashFlowEntity.INVOICE, "CustomerReference"), null),
                new FieldMapping(CanonicalField.RISK_DECISION, new TargetField.Syspro("SORMAS", "riskdecision"),
                        List.of(new Transform.Lookup(Map.of("PASS", "OK", "HOLD", "On hold"), "Check"))),
                new FieldMapping(CanonicalField.AVS_CV2_RESULT, new TargetField.KashFlow(KashFlowEntity.CUSTOMER, "CheckBox1"),
                        List.of(new Transform.Lookup(Map.of("ALL_MATCHED", "1"), "0")))), CATALOGUE);

        CustomFieldTemplate.Result result = template.apply(
                CanonicalField.valuesOf(PAYMENT, new FraudIndicator(12, RiskDecision.PASS, List.of())));

        assertThat(result.values()).containsExactly(
                new FieldValue(new TargetField.Zoho(ZohoEntity.SALES_ORDER, null, "cf_opayo_transaction"), "DB79BA2D-05DA-5B85-D188-1293D16BBAC7"),
                new FieldValue(new TargetField.Zoho(ZohoEntity.SALES_ORDER, null, "cf_risk"), "12/100"),
                new FieldValue(new TargetField.KashFlow(KashFlowEntity.CUSTOMER, "ExtraText3"), "999777"),
                new FieldValue(new TargetField.KashFlow(KashFlowEntity.INVOICE, "CustomerReference"), "SO-00042.1"),
                new FieldValue(new TargetField.Syspro("SORMAS", "riskdecision"), "OK"),
                new FieldValue(new TargetField.KashFlow(KashFlowEntity.CUSTOMER, "CheckBox1"), "1"));
        assertThat(result.unset()).isEmpty();
        assertThat(template.name()).isEqualTo("order-to-cash");
        assertThat(template.mappings()).hasSize(6);
    }

    @Test
    void missingValuesAreReportedAsUnsetOrDefaulted() {
        CustomFieldTemplate template = CustomFieldTemplate.load("declines", List.of(
                new FieldMapping(CanonicalField.BANK_AUTHORISATION_CODE, new TargetField.Zoho(ZohoEntity.CONTACT, "460000000098010", null), null),
                new FieldMapping(CanonicalField.RISK_DECISION, new TargetField.Zoho(ZohoEntity.SALES_ORDER, null, "cf_risk"),
                        List.of(new Transform.Format("risk {value}"), new Transform.DefaultValue("not scored")))), CATALOGUE);
        CustomFieldTemplate.Result result = template.apply(Map.of());
        assertThat(result.values()).containsExactly(
                new FieldValue(new TargetField.Zoho(ZohoEntity.SALES_ORDER, null, "cf_risk"), "not scored"));
        assertThat(result.unset()).extracting(FieldMapping::source).containsExactly(CanonicalField.BANK_AUTHORISATION_CODE);
    }

    @Test
    void anUnknownFieldFailsAtLoadNotAtRun() {
        assertThatThrownBy(() -> CustomFieldTemplate.load("typo", List.of(
                new FieldMapping(CanonicalField.TRANSACTION_ID, new TargetField.Zoho(ZohoEntity.SALES_ORDER, null, "cf_opayo_transacton"), null),
                new FieldMapping(CanonicalField.CARD_TYPE, new TargetField.KashFlow(KashFlowEntity.CUSTOMER, "ExtraText21"), null),
                new FieldMapping(CanonicalField.CARD_TYPE, new TargetField.Syspro("SORMAS", "Nope"), null),
                new FieldMapping(CanonicalField.CARD_TYPE, new TargetField.Zoho(ZohoEntity.ITEM, "1", null), null),
                new FieldMapping(CanonicalField.RISK_SCORE, new TargetField.Zoho(ZohoEntity.SALES_ORDER, null, "cf_risk"), null),
                new FieldMapping(CanonicalField.RISK_DECISION, new TargetField.Zoho(ZohoEntity.SALES_ORDER, null, "cf_risk"), null)),
                CATALOGUE))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template 'typo': mappings[0]: Zoho SALES_ORDER cf_opayo_transacton does not exist; "
                        + "mappings[1]: KashFlow CUSTOMER ExtraText21 does not exist; "
                        + "mappings[2]: SYSPRO form SORMAS field Nope does not exist; "
                        + "mappings[3]: Zoho ITEM customfield_id 1 does not exist; "
                        + "mappings[5]: Zoho SALES_ORDER cf_risk is written twice");
    }

    @ParameterizedTest(name = "KashFlow {0} {1} exists: {2}")
    @CsvSource({"CUSTOMER, ExtraText1, true", "CUSTOMER, extratext20, true", "CUSTOMER, ExtraText0, false",
        "CUSTOMER, CheckBox20, true", "CUSTOMER, CheckBox21, false", "CUSTOMER, Notes, false",
        "INVOICE, CustomerReference, true", "INVOICE, ExtraText1, false"})
    void knowsKashFlowsFixedFields(KashFlowEntity entity, String name, boolean exists) {
        assertThat(CATALOGUE.contains(new TargetField.KashFlow(entity, name))).isEqualTo(exists);
    }

    @Test
    void refusesValuesATargetCannotHold() {
        CustomFieldTemplate checkBox = CustomFieldTemplate.load("cb", List.of(new FieldMapping(CanonicalField.RISK_DECISION,
                new TargetField.KashFlow(KashFlowEntity.CUSTOMER, "CheckBox2"), null)), CATALOGUE);
        assertThatThrownBy(() -> checkBox.apply(Map.of(CanonicalField.RISK_DECISION, "HOLD")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("a KashFlow check box takes 0 or 1, got 'HOLD'");
        CustomFieldTemplate lookup = CustomFieldTemplate.load("lk", List.of(new FieldMapping(CanonicalField.RISK_DECISION,
                new TargetField.Zoho(ZohoEntity.SALES_ORDER, null, "cf_risk"),
                List.of(new Transform.Lookup(Map.of("PASS", "ok"), null)))), CATALOGUE);
        assertThatThrownBy(() -> lookup.apply(Map.of(CanonicalField.RISK_DECISION, "REVIEW")))
                .hasMessage("template 'lk' RISK_DECISION -> Zoho SALES_ORDER cf_risk: the lookup table has no entry for 'REVIEW' and no fallback");
        assertThat(lookup.apply(Map.of()).unset()).hasSize(1);
    }

    @Test
    void refusesMalformedDefinitions() {
        assertThatThrownBy(() -> new TargetField.Zoho(ZohoEntity.ITEM, "1", "cf_x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetField.Zoho(ZohoEntity.ITEM, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Transform.Format("no placeholder")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canonicalValuesLeaveOutWhatIsAbsent() {
        Payment declined = new Payment(null, "SO-1.1", TransactionType.PAYMENT, PaymentStatus.DECLINED,
                Money.of("1.00", "GBP"), null, null, null, null, null, null, null, null, null, null);
        assertThat(CanonicalField.valuesOf(declined, null)).containsOnlyKeys(CanonicalField.VENDOR_TX_CODE,
                CanonicalField.AVS_CV2_RESULT, CanonicalField.THREE_D_SECURE_STATUS, CanonicalField.PAYMENT_STATUS);
    }
}
