package io.tillbridge.mapping.vendortx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.InvalidInputException;
import io.tillbridge.mapping.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceNumberRuleTest {

    private static InvoiceNumberRule rule(String kind, String arg1, String arg2) {
        return switch (kind) {
            case "doc" -> InvoiceNumberRule.documentOfVendorTxCodes(arg1, arg2 == null ? "" : arg2);
            case "regex" -> InvoiceNumberRule.regex(arg1);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} → {4}")
    @CsvSource(value = {
        "doc,   NULL,  NULL,  1042.1,                  1042",
        "doc,   NULL,  NULL,  1042.12,                 1042",
        "doc,   SHOP,  NULL,  SHOP.1042.1,             1042",
        "doc,   SHOP,  INV-,  SHOP.INV-77.2,           77",
        "doc,   NULL,  INV-,  INV-2147483647.1,        2147483647",
        "regex, 'ORD-(?<invoice>\\d+)-\\d{6}', NULL, ORD-31-202612, 31",
        "regex, '(?<invoice>\\d+)', NULL, 9,            9",
    }, nullValues = "NULL")
    void readsTheInvoiceNumber(String kind, String arg1, String arg2, String code, int invoice) {
        assertThat(rule(kind, arg1, arg2).invoiceNumber(code)).isEqualTo(invoice);
    }

    @ParameterizedTest(name = "{0} {1} {2}: ''{3}'' refused on {4}")
    @CsvSource(value = {
        "doc,   NULL,  NULL,  NULL,                    vendorTxCode",
        "doc,   NULL,  NULL,  '   ',                   vendorTxCode",
        "doc,   NULL,  NULL,  1042,                    vendorTxCode",
        "doc,   NULL,  NULL,  'has space.1',           vendorTxCode",
        "doc,   SHOP,  NULL,  1042.1,                  vendorTxCode",
        "doc,   SHOP,  NULL,  OTHER.1042.1,            vendorTxCode",
        "doc,   NULL,  NULL,  SHOP.1042.1,             vendorTxCode",
        "doc,   NULL,  INV-,  SO-1042.1,               vendorTxCode",
        "doc,   NULL,  NULL,  SO-1042.1,               vendorTxCode.invoice",
        "doc,   NULL,  NULL,  01042.1,                 vendorTxCode.invoice",
        "doc,   NULL,  NULL,  0.1,                     vendorTxCode.invoice",
        "doc,   NULL,  NULL,  2147483648.1,            vendorTxCode.invoice",
        "doc,   NULL,  NULL,  99999999999.1,           vendorTxCode.invoice",
        "regex, 'ORD-(?<invoice>\\d+)-\\d{6}', NULL, ORD-31-2026, vendorTxCode",
        "regex, 'ORD-(?<invoice>[A-Z0-9]+)', NULL, ORD-A1, vendorTxCode.invoice",
        "regex, 'ORD-(?<invoice>\\d+)?X', NULL, ORD-X, vendorTxCode.invoice",
    }, nullValues = "NULL")
    void refusesWhatItCannotReadNamingTheField(String kind, String arg1, String arg2, String code, String field) {
        InvoiceNumberRule rule = rule(kind, arg1, arg2);
        assertThatThrownBy(() -> rule.invoiceNumber(code)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field).containsExactly(field));
    }

    @ParameterizedTest(name = "regex ''{0}'' refused")
    @CsvSource(value = {"NULL", "'  '", "'(unclosed'", "'\\d+'"}, nullValues = "NULL")
    void refusesPatternsWithoutAnInvoiceGroup(String regex) {
        assertThatThrownBy(() -> InvoiceNumberRule.regex(regex)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field).containsExactly("regex"));
    }

    @ParameterizedTest
    @CsvSource({"'has.dot'", "''"})
    void refusesACodePrefixVendorTxCodesCouldNeverGenerate(String prefix) {
        assertThatThrownBy(() -> InvoiceNumberRule.documentOfVendorTxCodes(prefix, "")).isInstanceOf(InvalidInputException.class);
    }
}
