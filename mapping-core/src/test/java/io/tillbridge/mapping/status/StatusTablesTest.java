package io.tillbridge.mapping.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.model.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatusTablesTest {

    @ParameterizedTest(name = "Pi {0}/{1} → {2}")
    @CsvSource(value = {
        "Ok,            0000, AUTHORISED",
        "NotAuthed,     2000, DECLINED",
        "NotAuthed,     2002, DECLINED",     // authorisation timed out: still not a success
        "Rejected,      2001, REJECTED",
        "3DAuth,        2007, CHALLENGE_REQUIRED",
        "3DAuth,        2021, CHALLENGE_REQUIRED",
        "Authenticated, 2010, AUTHENTICATED",
        "Registered,    2011, REGISTERED",
        "Malformed,     3001, INVALID",
        "Invalid,       NULL, INVALID",
        "Error,         9999, ERROR",
        "ok,            0000, AUTHORISED",   // case does not matter
        // instructions answer Ok with their own codes
        "Ok,            2004, RELEASED",
        "Ok,            2005, VOIDED",
        "Ok,            2006, ABORTED",
        "Ok,            2012, ABORTED",
        // unknown values are never success
        "Ok,            2099, UNKNOWN",
        "Ok,            NULL, UNKNOWN",
        "Redirect,      NULL, UNKNOWN",
        "Pending,       0000, UNKNOWN",
        "3DAuth,        9999, UNKNOWN",
        "NULL,          0000, UNKNOWN",
    }, nullValues = "NULL")
    void opayoPiStatusWithCode(String status, String code, PaymentStatus expected) {
        assertThat(StatusTables.opayoPi().map(status, code)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "classic {0} → {1}")
    @CsvSource(value = {
        "OK, AUTHORISED", "OK REPEATED, AUTHORISED", "PENDING, PENDING", "NOTAUTHED, DECLINED",
        "REJECTED, REJECTED", "AUTHENTICATED, AUTHENTICATED", "REGISTERED, REGISTERED",
        "3DAUTH, CHALLENGE_REQUIRED", "ABORT, ABORTED", "MALFORMED, INVALID", "INVALID, INVALID", "ERROR, ERROR",
        " ok , AUTHORISED", "PPREDIRECT, UNKNOWN", "FAILED, UNKNOWN", "'', UNKNOWN", "NULL, UNKNOWN",
    }, nullValues = "NULL", emptyValue = "")
    void opayoClassicStatus(String status, PaymentStatus expected) {
        assertThat(StatusTables.opayoClassic().map(status)).isEqualTo(expected);
    }

    @Test
    void okRepeatedIsNotedAsADuplicate() {
        assertThat(StatusTables.opayoClassic().isDuplicate("OK REPEATED")).isTrue();
        assertThat(StatusTables.opayoClassic().isDuplicate(" ok repeated ")).isTrue();
        assertThat(StatusTables.opayoClassic().isDuplicate("OK")).isFalse();
        assertThat(StatusTables.opayoClassic().isDuplicate(null)).isFalse();
        assertThat(StatusTables.opayoClassic().toBuilder().build().isDuplicate("OK REPEATED")).as("kept by toBuilder").isTrue();
        assertThat(StatusTables.opayoPi().isDuplicate("Ok")).isFalse();
    }

    @Test
    void noUnknownSourceValueIsEverASuccess() {
        for (String junk : new String[] {"OKAY", "Success", "Paid", "0000", "APPROVED", "Ok "}) {
            assertThat(StatusTables.opayoPi().map(junk, "2000").isSuccess()).as(junk).isFalse();
            assertThat(StatusTables.opayoClassic().map(junk + "X").isSuccess()).as(junk).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} → Zoho {1} / order {2} / SYSPRO {3} / KashFlow {4}")
    @CsvSource({
        "AUTHORISED,         Paid,      Paid,              Paid,      Paid",
        "RELEASED,           Paid,      Paid,              Paid,      Paid",
        "DECLINED,           Failed,    Payment Failed,    Failed,    Unpaid",
        "REJECTED,           Failed,    Payment Failed,    Failed,    Unpaid",
        "CHALLENGE_REQUIRED, Pending,   Awaiting Payment,  Pending,   Unpaid",
        "AUTHENTICATED,      Pending,   Awaiting Payment,  Pending,   Unpaid",
        "REGISTERED,         Pending,   Awaiting Payment,  Pending,   Unpaid",
        "PENDING,            Pending,   Awaiting Payment,  Pending,   Unpaid",
        "ABORTED,            Cancelled, Payment Cancelled, Cancelled, Unpaid",
        "VOIDED,             Cancelled, Payment Cancelled, Cancelled, Payment Voided",
        "INVALID,            Failed,    Payment Failed,    Failed,    Unpaid",
        "ERROR,              Failed,    Payment Failed,    Failed,    Unpaid",
    })
    void canonicalToTargets(PaymentStatus status, String zohoPayment, String zohoOrder, String syspro, String kashFlow) {
        assertThat(StatusTables.zohoPaymentStatus().map(status)).isEqualTo(zohoPayment);
        assertThat(StatusTables.zohoOrderStatus().map(status)).isEqualTo(zohoOrder);
        assertThat(StatusTables.sysproPaymentStatus().map(status)).isEqualTo(syspro);
        assertThat(StatusTables.kashFlowInvoiceState().map(status)).isEqualTo(kashFlow);
    }

    @Test
    void unknownCannotBeWrittenToATarget() {
        assertThatThrownBy(() -> StatusTables.zohoPaymentStatus().map(PaymentStatus.UNKNOWN))
                .isInstanceOf(UnmappedStatusException.class)
                .hasMessage("payment status is UNKNOWN; resolve the outcome before writing it to Zoho payment status")
                .satisfies(e -> {
                    assertThat(((UnmappedStatusException) e).status()).isEqualTo(PaymentStatus.UNKNOWN);
                    assertThat(((UnmappedStatusException) e).table()).isEqualTo("Zoho payment status");
                });
        assertThatThrownBy(() -> TargetStatusTable.builder("x").map(PaymentStatus.UNKNOWN, "Paid"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void aTargetTableMustCoverEveryStatus(PaymentStatus left) {
        TargetStatusTable.Builder builder = TargetStatusTable.builder("SYSPRO custom");
        for (PaymentStatus status : PaymentStatus.values()) {
            if (status != left && status != PaymentStatus.UNKNOWN) {
                builder.map(status, "X");
            }
        }
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SYSPRO custom table has no value for [" + left + "]");
    }

    @Test
    void hostsCanExtendAndReplaceTables() {
        SourceStatusTable extended = StatusTables.opayoPi().toBuilder()
                .map("Redirect", PaymentStatus.PENDING)
                .map("Ok", "2004", PaymentStatus.AUTHORISED)
                .remove("Error", null)
                .build();
        assertThat(StatusTables.opayoPi().map("Ok", "2004")).isEqualTo(PaymentStatus.RELEASED);
        assertThat(extended.map("Redirect", "2099")).isEqualTo(PaymentStatus.PENDING);
        assertThat(extended.map("Ok", "2004")).isEqualTo(PaymentStatus.AUTHORISED);
        assertThat(extended.map("Error", "9999")).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(StatusTables.opayoPi().map("Redirect", "2099")).as("the default is untouched").isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(extended.rules()).containsEntry("REDIRECT/*", PaymentStatus.PENDING);

        TargetStatusTable replaced = StatusTables.zohoPaymentStatus().toBuilder().map(PaymentStatus.VOIDED, "Void").build();
        assertThat(replaced.map(PaymentStatus.VOIDED)).isEqualTo("Void");
        assertThat(replaced.name()).isEqualTo("Zoho payment status");
        assertThat(replaced.values()).hasSize(PaymentStatus.values().length - 1);

        assertThatThrownBy(() -> SourceStatusTable.builder().map(" ", PaymentStatus.ERROR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetStatusTable.builder("x").map(PaymentStatus.ERROR, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusesKnowWhetherTheyAreFinal() {
        assertThat(PaymentStatus.AUTHORISED.isSuccess()).isTrue();
        assertThat(PaymentStatus.AUTHORISED.isTerminal()).isTrue();
        assertThat(PaymentStatus.UNKNOWN.isSuccess()).isFalse();
        assertThat(PaymentStatus.UNKNOWN.isTerminal()).isFalse();
        assertThat(PaymentStatus.CHALLENGE_REQUIRED.isTerminal()).isFalse();
        assertThat(PaymentStatus.RELEASED.isSuccess()).isTrue();
        assertThat(PaymentStatus.VOIDED.isSuccess()).isFalse();
    }
}
