package io.tillbridge.kashflow.customers;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A customer as REST v2 answers it (reference: kashflow.md §3, customers; {@code Id} from the list
 * summary). Keyed by {@code Code}. Dates are KashFlow's raw text (see
 * {@link io.tillbridge.kashflow.invoices.Invoice#issuedOn}); every other field KashFlow sends — addresses,
 * contacts, custom fields, whose REST shape is undocumented — is kept in {@code other}.
 *
 * @param id                    KashFlow's {@code Id}
 * @param code                  KashFlow's {@code Code}
 * @param name                  KashFlow's {@code Name}
 * @param displayName           KashFlow's {@code DisplayName}
 * @param source                KashFlow's {@code Source}
 * @param note                  KashFlow's {@code Note}
 * @param vatNumber             KashFlow's {@code VatNumber}
 * @param isRegisteredInEC      KashFlow's {@code IsRegisteredInEC}
 * @param isRegisteredOutsideEC KashFlow's {@code IsRegisteredOutsideEC}
 * @param discountRate          KashFlow's {@code DiscountRate}
 * @param totalPaidAmount       KashFlow's {@code TotalPaidAmount}
 * @param invoicedNetAmount     KashFlow's {@code InvoicedNetAmount}
 * @param invoicedVATAmount     KashFlow's {@code InvoicedVATAmount}
 * @param createdDate           KashFlow's {@code CreatedDate}
 * @param lastUpdatedDate       KashFlow's {@code LastUpdatedDate}
 * @param other                 every other field KashFlow sent, by its wire name
 */
public record Customer(Long id, String code, String name, String displayName, String source, String note,
                       String vatNumber, Boolean isRegisteredInEC, Boolean isRegisteredOutsideEC, BigDecimal discountRate,
                       BigDecimal totalPaidAmount, BigDecimal invoicedNetAmount, BigDecimal invoicedVATAmount,
                       String createdDate, String lastUpdatedDate, @JsonAnySetter Map<String, Object> other) {

    /**
     * Keeps the fields not named here, unmodifiable and never null, so that nothing KashFlow sends is lost.
     *
     * @param id                    KashFlow's {@code Id}
     * @param code                  KashFlow's {@code Code}
     * @param name                  KashFlow's {@code Name}
     * @param displayName           KashFlow's {@code DisplayName}
     * @param source                KashFlow's {@code Source}
     * @param note                  KashFlow's {@code Note}
     * @param vatNumber             KashFlow's {@code VatNumber}
     * @param isRegisteredInEC      KashFlow's {@code IsRegisteredInEC}
     * @param isRegisteredOutsideEC KashFlow's {@code IsRegisteredOutsideEC}
     * @param discountRate          KashFlow's {@code DiscountRate}
     * @param totalPaidAmount       KashFlow's {@code TotalPaidAmount}
     * @param invoicedNetAmount     KashFlow's {@code InvoicedNetAmount}
     * @param invoicedVATAmount     KashFlow's {@code InvoicedVATAmount}
     * @param createdDate           KashFlow's {@code CreatedDate}
     * @param lastUpdatedDate       KashFlow's {@code LastUpdatedDate}
     * @param other                 every other field KashFlow sent, by its wire name
     */
    public Customer {
        other = io.tillbridge.kashflow.internal.KashFlowJson.kept(other);
    }
}
