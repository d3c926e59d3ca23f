package io.tillbridge.opayo.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every Pi request has a builder, and toBuilder() gives back what was built, ready to change. */
class RequestBuildersTest {

    @Test
    void refundAndAuthoriseRoundTripThroughTheirBuilders() {
        RefundRequest refund = RefundRequest.builder().referenceTransactionId("T-1").vendorTxCode("SO-1.R1").amount(500)
                .description("Refund").build();
        assertThat(refund).isEqualTo(new RefundRequest("T-1", "SO-1.R1", 500, "Refund"));
        assertThat(refund.toBuilder().build()).isEqualTo(refund);
        assertThat(refund.toBuilder().amount(250).build()).isEqualTo(new RefundRequest("T-1", "SO-1.R1", 250, "Refund"));

        AuthoriseRequest authorise = AuthoriseRequest.builder().referenceTransactionId("T-2").vendorTxCode("SO-2.1").amount(900)
                .description("Order").build();
        assertThat(authorise).isEqualTo(new AuthoriseRequest("T-2", "SO-2.1", 900, "Order"));
        assertThat(authorise.toBuilder().vendorTxCode("SO-2.2").build().vendorTxCode()).isEqualTo("SO-2.2");
    }

    @Test
    void repeatRoundTripsThroughItsBuilder() {
        RepeatRequest repeat = RepeatRequest.builder().referenceTransactionId("T-3").vendorTxCode("SUB-1.2").amount(1999)
                .currency("GBP").description("Monthly").build();
        assertThat(repeat).isEqualTo(new RepeatRequest("T-3", "SUB-1.2", 1999, "GBP", "Monthly", null, null));
        assertThat(repeat.toBuilder().build()).isEqualTo(repeat);
        assertThat(repeat.toBuilder().currency("EUR").build().currency()).isEqualTo("EUR");
    }
}
