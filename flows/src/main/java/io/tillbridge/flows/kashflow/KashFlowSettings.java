package io.tillbridge.flows.kashflow;

import io.tillbridge.mapping.customfields.CanonicalField;
import io.tillbridge.mapping.customfields.CustomFieldTemplate;
import io.tillbridge.mapping.customfields.FieldCatalogue;
import io.tillbridge.mapping.customfields.FieldMapping;
import io.tillbridge.mapping.customfields.TargetField;
import io.tillbridge.mapping.fx.ExchangeRateTable;
import io.tillbridge.mapping.gl.GlRuleTable;
import io.tillbridge.mapping.posting.PostingRules;
import io.tillbridge.mapping.vendortx.InvoiceNumberRule;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * How the Opayo → KashFlow flows post, all of it the host's choice.
 *
 * @param invoiceNumbers which part of a vendorTxCode is the KashFlow invoice number
 * @param bankAccount    the KashFlow bank account ({@code PayAccount}, bank transactions) Opayo money lands in
 * @param paymentMethod  the KashFlow payment method id ({@code PayMethod}, from {@code GetInvPayMethods})
 * @param homeCurrency   the KashFlow account's base currency: the bank account's and of invoices that name none
 * @param postings       which KashFlow form each Opayo transaction type takes (replaceable)
 * @param fields         payment metadata into the invoice's and customer's custom fields
 * @param rates          the host's exchange rates for an invoice in another currency; null: a mismatch is dead-lettered
 * @param glRules        GL codes for settlement deposits and fees
 * @param depositAccount the KashFlow bank account a settlement's net deposit lands in; {@code bankAccount} is then
 *                       the Opayo clearing account the payments, refunds and fees go through
 * @param customerPrefix the prefix of customer codes made from a payer's e-mail
 */
public record KashFlowSettings(InvoiceNumberRule invoiceNumbers, int bankAccount, int paymentMethod, Currency homeCurrency,
                               PostingRules postings, CustomFieldTemplate fields, ExchangeRateTable rates, GlRuleTable glRules,
                               int depositAccount, String customerPrefix) {

    /**
     * Requires the invoice number rule, the home currency and the posting rules.
     *
     * @param invoiceNumbers which part of a vendorTxCode is the KashFlow invoice number
     * @param bankAccount    the KashFlow bank account ({@code PayAccount}, bank transactions) Opayo money lands in
     * @param paymentMethod  the KashFlow payment method id ({@code PayMethod}, from {@code GetInvPayMethods})
     * @param homeCurrency   the KashFlow account's base currency: the bank account's and of invoices that name
     *     none
     * @param postings       which KashFlow form each Opayo transaction type takes (replaceable)
     * @param fields         payment metadata into the invoice's and customer's custom fields
     * @param rates          the host's exchange rates for an invoice in another currency; null: a mismatch is
     *     dead-lettered
     * @param glRules        GL codes for settlement deposits and fees
     * @param depositAccount the KashFlow bank account a settlement's net deposit lands in; {@code bankAccount} is
     *     then
     *                       the Opayo clearing account the payments, refunds and fees go through
     * @param customerPrefix the prefix of customer codes made from a payer's e-mail
     */
    public KashFlowSettings {
        Objects.requireNonNull(invoiceNumbers, "invoiceNumbers");
        Objects.requireNonNull(homeCurrency, "homeCurrency");
        Objects.requireNonNull(postings, "postings");
        Objects.requireNonNull(fields, "fields");
        if (bankAccount <= 0) {
            throw new IllegalArgumentException("bankAccount must be a KashFlow bank account id");
        }
        if (paymentMethod <= 0) {
            throw new IllegalArgumentException("paymentMethod must be a KashFlow PayMethod id");
        }
        Objects.requireNonNull(glRules, "glRules");
        if (depositAccount <= 0 || depositAccount == bankAccount) {
            throw new IllegalArgumentException("depositAccount must be a KashFlow bank account id other than bankAccount");
        }
        customerPrefix = customerPrefix == null ? "OP" : customerPrefix;
    }

    /**
     * The default metadata template: transaction id, auth code, card type, fraud score and decision in
     * the customer's {@code ExtraText1..5}, and the transaction id as the invoice's customer reference.
     *
     * @return the template
     */
    public static CustomFieldTemplate defaultFields() {
        TargetField.KashFlowEntity customer = TargetField.KashFlowEntity.CUSTOMER;
        return CustomFieldTemplate.load("opayo-to-kashflow", List.of(
                new FieldMapping(CanonicalField.TRANSACTION_ID, new TargetField.KashFlow(customer, "ExtraText1"), List.of()),
                new FieldMapping(CanonicalField.BANK_AUTHORISATION_CODE, new TargetField.KashFlow(customer, "ExtraText2"), List.of()),
                new FieldMapping(CanonicalField.CARD_TYPE, new TargetField.KashFlow(customer, "ExtraText3"), List.of()),
                new FieldMapping(CanonicalField.RISK_SCORE, new TargetField.KashFlow(customer, "ExtraText4"), List.of()),
                new FieldMapping(CanonicalField.RISK_DECISION, new TargetField.KashFlow(customer, "ExtraText5"), List.of()),
                new FieldMapping(CanonicalField.TRANSACTION_ID,
                        new TargetField.KashFlow(TargetField.KashFlowEntity.INVOICE, "CustomerReference"), List.of())),
                FieldCatalogue.builder().build());
    }
}
