package io.tillbridge.mapping.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.model.TransactionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostingRulesTest {

    @ParameterizedTest(name = "Opayo {0} → {1} → KashFlow {2}, SYSPRO {3}")
    @CsvSource({
        "Payment,        PAYMENT,      INVOICE_PAYMENT,         AR_PAYMENT",
        "Repeat,         REPEAT,       INVOICE_PAYMENT,         AR_PAYMENT",
        "Authorise,      AUTHORISE,    INVOICE_PAYMENT,         AR_PAYMENT",
        "release,        RELEASE,      INVOICE_PAYMENT,         AR_PAYMENT",
        "Deferred,       DEFERRED,     NONE,                    NONE",
        "RepeatDeferred, DEFERRED,     NONE,                    NONE",
        "Authenticate,   AUTHENTICATE, NONE,                    NONE",
        "Refund,         REFUND,       JOURNAL_ENTRY,           CREDIT_NOTE",
        "void,           VOID,         REVERSE_INVOICE_PAYMENT, AR_ADJUSTMENT",
        "abort,          ABORT,        NONE,                    NONE",
        "cancel,         CANCEL,       NONE,                    NONE",
        "Chargeback,     CHARGEBACK,   JOURNAL_ENTRY,           GL_JOURNAL",
        "Manual,         PAYMENT,      INVOICE_PAYMENT,         AR_PAYMENT",
        "PreAuth,        DEFERRED,     NONE,                    NONE",
    })
    void mapsOpayoTypesToPostings(String opayo, TransactionType type, KashFlowIntent kashFlow, SysproIntent syspro) {
        assertThat(TransactionType.fromOpayo(opayo)).isEqualTo(type);
        assertThat(PostingRules.defaults().kashFlow(type)).isEqualTo(kashFlow);
        assertThat(PostingRules.defaults().syspro(type)).isEqualTo(syspro);
    }

    @Test
    void unknownTypesHaveNoPosting() {
        assertThat(TransactionType.fromOpayo("Teleport")).isEqualTo(TransactionType.UNKNOWN);
        assertThat(TransactionType.fromOpayo(null)).isEqualTo(TransactionType.UNKNOWN);
        assertThatThrownBy(() -> PostingRules.defaults().kashFlow(TransactionType.UNKNOWN))
                .isInstanceOf(UnmappedTransactionTypeException.class)
                .hasMessage("no KashFlow posting rule for transaction type UNKNOWN");
        assertThatThrownBy(() -> PostingRules.defaults().syspro(TransactionType.UNKNOWN))
                .isInstanceOf(UnmappedTransactionTypeException.class)
                .satisfies(e -> assertThat(((UnmappedTransactionTypeException) e).type()).isEqualTo(TransactionType.UNKNOWN));
        assertThatThrownBy(() -> PostingRules.builder().rule(TransactionType.UNKNOWN, KashFlowIntent.NONE, SysproIntent.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostsCanOverrideARule() {
        PostingRules custom = PostingRules.defaults().toBuilder()
                .rule(TransactionType.REFUND, KashFlowIntent.REVERSE_INVOICE_PAYMENT, SysproIntent.AR_ADJUSTMENT)
                .build();
        assertThat(custom.kashFlow(TransactionType.REFUND)).isEqualTo(KashFlowIntent.REVERSE_INVOICE_PAYMENT);
        assertThat(custom.syspro(TransactionType.PAYMENT)).isEqualTo(SysproIntent.AR_PAYMENT);
        assertThat(PostingRules.builder().build().toBuilder().build()).isNotNull();
        assertThatThrownBy(() -> PostingRules.builder().build().syspro(TransactionType.PAYMENT))
                .isInstanceOf(UnmappedTransactionTypeException.class)
                .hasMessage("no SYSPRO posting rule for transaction type PAYMENT");
    }

    @Test
    void capturesAreTheTypesThatTakeMoney() {
        assertThat(TransactionType.PAYMENT.isCapture()).isTrue();
        assertThat(TransactionType.RELEASE.isCapture()).isTrue();
        assertThat(TransactionType.DEFERRED.isCapture()).isFalse();
        assertThat(TransactionType.REFUND.isCapture()).isFalse();
    }
}
