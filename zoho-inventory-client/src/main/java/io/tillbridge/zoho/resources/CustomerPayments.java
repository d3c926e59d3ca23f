package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.Inputs;
import io.tillbridge.zoho.model.CustomerPayment;
import java.util.List;

/** Customer payments applied to invoices (reference: zoho-inventory.md §3.6). Obtain it from {@code ZohoInventoryClient}. */
public final class CustomerPayments extends ResourceService<CustomerPayment, Inputs.CustomerPaymentInput> {

    /**
     * Creates the service; {@link io.tillbridge.zoho.ZohoInventoryClient} builds it, hosts normally do not.
     *
     * @param connection the connection to Zoho
     */
    public CustomerPayments(ZohoConnection connection) {
        super(connection, "/customerpayments", List.of("payment", "customerpayment"), List.of("customerpayments"), CustomerPayment.class);
    }

    @Override
    String customFieldsEndpoint() {
        return "/customerpayment";
    }
}
