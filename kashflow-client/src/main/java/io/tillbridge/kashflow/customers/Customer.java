package io.tillbridge.kashflow.customers;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A customer as REST v2 answers it (reference: kashflow.md §3, customers; {@code Id} from the list
 * summary). Keyed by {@code Code}. Dates are KashFlow's raw text (see
 * {@link io.tillbridge.kashflow.invoices.Invoice#issuedOn}); every other field KashFlow sends — addresses,
 * contacts, custom fields, whose REST shape is undocumented — is kept in {@code other}.
 */
public record Customer(Long id, String code, String name, String displayName, String source, String note,
                       String vatNumber, Boolean isRegisteredInEC, Boolean isRegisteredOutsideEC, BigDecimal discountRate,
                       BigDecimal totalPaidAmount, BigDecimal invoicedNetAmount, BigDecimal invoicedVATAmount,
                       String createdDate, String lastUpdatedDate, @JsonAnySetter Map<String, Object> other) {

    public Customer {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }
}
