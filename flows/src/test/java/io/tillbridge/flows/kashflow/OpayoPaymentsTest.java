package io.tillbridge.flows.kashflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpayoPaymentsTest {

    @Test
    void thePayerComesFromTheReportingBillingFieldsAndNeedsAnEmail() {
        OpayoPayment.Payer payer = OpayoPayments.payerOf(Map.of("customeremail", "ada@example.com", "billingfirstnames", "Ada",
                "billingsurname", "Lovelace", "billingaddress1", "88 High Street", "billingcity", "London", "billingpostcode", "SW1A 1AA",
                "billingcountry", "GB"));
        assertThat(payer.email()).isEqualTo("ada@example.com");
        assertThat(payer.firstName()).isEqualTo("Ada");
        assertThat(payer.address().lines()).isEqualTo(List.of("88 High Street"));
        assertThat(payer.address().country()).isEqualTo("GB");
        assertThat(OpayoPayments.payerOf(Map.of("billingfirstnames", "Ada"))).isNull();
    }
}
