package io.tillbridge.mapping.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.mapping.model.Payment;
import io.tillbridge.mapping.model.PaymentStatus;
import io.tillbridge.mapping.model.Refund;
import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.CurrencyMismatchException;
import io.tillbridge.mapping.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefundCheckTest {

    @ParameterizedTest(name = "captured {0}, refunded {1}, asking {2} {3} → {4}")
    @CsvSource(value = {
        "100.00, 0,     GBP, 100.00, OK:0.00",
        "100.00, 40.00, GBP, 60.00,  OK:0.00",             // exactly the remaining amount
        "100.00, 40.00, GBP, 60.01,  EXCEEDS_REFUNDABLE",   // one minor unit more
        "100.00, 40.00, GBP, 10.00,  OK:50.00",
        "100.00, 100.00,GBP, 0.01,   EXCEEDS_REFUNDABLE",
        "100.00, 0,     GBP, 0.00,   NOT_POSITIVE",
        "100.00, 0,     GBP, -1.00,  NOT_POSITIVE",
        "100.00, 0,     EUR, 10.00,  CURRENCY_MISMATCH",
    })
    void allowsUpToCapturedMinusRefunded(String captured, String refunded, String currency, String requested, String outcome) {
        Money capturedMoney = Money.of(captured, "GBP");
        Money refundedMoney = Money.of(refunded, "GBP");
        Money request = Money.of(requested, currency);
        if (outcome.startsWith("OK:")) {
            RefundCheck.Allowance allowance = RefundCheck.check(capturedMoney, refundedMoney, request);
            assertThat(allowance.remaining()).isEqualTo(Money.of(outcome.substring(3), "GBP"));
            assertThat(allowance.refundable()).isEqualTo(capturedMoney.minus(refundedMoney));
        } else {
            assertThatThrownBy(() -> RefundCheck.check(capturedMoney, refundedMoney, request))
                    .isInstanceOf(RefundRejectedException.class)
                    .satisfies(e -> {
                        RefundRejectedException rejected = (RefundRejectedException) e;
                        assertThat(rejected.reason()).hasToString(outcome);
                        assertThat(rejected.requested()).isEqualTo(request);
                        assertThat(rejected.refundable()).isEqualTo(capturedMoney.minus(refundedMoney));
                    });
        }
    }

    @Test
    void explainsAnOverRefundWithTheFigures() {
        assertThatThrownBy(() -> RefundCheck.check(Money.of("1000", "JPY"), Money.of("400", "JPY"), Money.of("601", "JPY")))
                .hasMessage("refund of JPY 601 rejected (EXCEEDS_REFUNDABLE): captured JPY 1000, already refunded JPY 400, refundable JPY 600");
    }

    @Test
    void refundedAndCapturedMustShareACurrency() {
        assertThatThrownBy(() -> RefundCheck.check(Money.of("1", "GBP"), Money.of("1", "EUR"), Money.of("1", "GBP")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    private static Payment payment(TransactionType type, PaymentStatus status, String amount) {
        return new Payment("T1", "SO-1.1", type, status, Money.of(amount, "GBP"), "Visa", "0006", "999777",
                null, null, "card", null, "SO-1", null, null);
    }

    private static Refund refund(String code, PaymentStatus status, String amount) {
        return new Refund("R-" + code, code, "T1", Money.of(amount, "GBP"), status, null, null);
    }

    @Test
    void countsOnlySuccessfulEarlierRefunds() {
        Payment original = payment(TransactionType.PAYMENT, PaymentStatus.AUTHORISED, "50.00");
        List<Refund> earlier = List.of(refund("R1", PaymentStatus.AUTHORISED, "20.00"), refund("R2", PaymentStatus.DECLINED, "30.00"));
        assertThat(RefundCheck.check(original, earlier, Money.of("30.00", "GBP")).remaining()).isEqualTo(Money.of("0.00", "GBP"));
        assertThatThrownBy(() -> RefundCheck.check(original, earlier, Money.of("30.01", "GBP")))
                .extracting(e -> ((RefundRejectedException) e).reason())
                .isEqualTo(RefundRejectedException.Reason.EXCEEDS_REFUNDABLE);
    }

    @Test
    void anUnresolvedEarlierRefundBlocksTheNext() {
        Payment original = payment(TransactionType.PAYMENT, PaymentStatus.AUTHORISED, "50.00");
        assertThatThrownBy(() -> RefundCheck.check(original, List.of(refund("R1", PaymentStatus.UNKNOWN, "5.00")), Money.of("1.00", "GBP")))
                .isInstanceOf(RefundRejectedException.class)
                .hasMessageContaining("earlier refund R1 is UNKNOWN")
                .extracting(e -> ((RefundRejectedException) e).reason())
                .isEqualTo(RefundRejectedException.Reason.UNRESOLVED_EARLIER_REFUND);
    }

    @Test
    void aPaymentThatCapturedNothingCannotBeRefunded() {
        for (Payment original : List.of(payment(TransactionType.PAYMENT, PaymentStatus.DECLINED, "50.00"),
                payment(TransactionType.DEFERRED, PaymentStatus.AUTHORISED, "50.00"))) {
            assertThatThrownBy(() -> RefundCheck.check(original, List.of(), Money.of("1.00", "GBP")))
                    .extracting(e -> ((RefundRejectedException) e).reason())
                    .isEqualTo(RefundRejectedException.Reason.NOTHING_CAPTURED);
        }
    }

    @Test
    void anEarlierRefundInAnotherCurrencyIsRefused() {
        Payment original = payment(TransactionType.REPEAT, PaymentStatus.AUTHORISED, "50.00");
        Refund euro = new Refund("R", "R1", "T1", Money.of("1.00", "EUR"), PaymentStatus.AUTHORISED, null, null);
        assertThatThrownBy(() -> RefundCheck.check(original, List.of(euro), Money.of("1.00", "GBP")))
                .extracting(e -> ((RefundRejectedException) e).reason())
                .isEqualTo(RefundRejectedException.Reason.CURRENCY_MISMATCH);
    }
}
