package io.tillbridge.kashflow.customers;

import io.tillbridge.client.ValidationException;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.kashflow.KashFlowApiException;
import io.tillbridge.kashflow.internal.KashFlowRest;
import io.tillbridge.kashflow.internal.KashFlowSoap;
import io.tillbridge.kashflow.internal.SoapRequest;
import io.tillbridge.kashflow.internal.SoapResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Customers, keyed by code. Reads go through REST v2 ({@code GET /customers}, {@code /customers/{code}});
 * writes, addresses and custom fields through SOAP ({@code GetCustomer}, {@code InsertCustomer},
 * {@code UpdateCustomer}), because REST's address and custom-field shapes are undocumented while
 * SOAP's {@code Customer} lists them (reference: kashflow.md §3, §4, gaps).
 */
public final class Customers {

    private final KashFlowRest rest;
    private final KashFlowSoap soap;

    /**
     * Creates the service; {@link io.tillbridge.kashflow.KashFlowClient} builds it, hosts normally do not.
     *
     * @param rest the REST transport
     * @param soap the SOAP transport
     */
    public Customers(KashFlowRest rest, KashFlowSoap soap) {
        this.rest = rest;
        this.soap = soap;
    }

    /**
     * Reads a customer over REST.
     *
     * @param code the customer's code
     * @return the customer
     * @throws io.tillbridge.kashflow.KashFlowNotFoundException when no customer has this code
     */
    public Customer get(String code) {
        requireCode(code);
        return rest.get("/customers/" + KashFlowRest.segment(code), Customer.class, "customers.get");
    }

    /**
     * Every customer, paged lazily ({@code sortby}/{@code order} as KashFlow's lists take them).
     *
     * @return the customers
     */
    public Stream<Customer> list() {
        return rest.list("/customers", Map.of(), Customer.class, "customers.list");
    }

    /**
     * The SOAP record: every field, with the address and custom fields.
     *
     * @param code the customer's code
     * @return the record
     */
    public CustomerRecord record(String code) {
        requireCode(code);
        SoapResult result = soap.call(new SoapRequest("GetCustomer").text("CustomerCode", code), Call.RetryMode.SAFE);
        if (result.result() == null) {
            throw new KashFlowApiException(200, null, "GetCustomer answered no Customer", null);
        }
        return new CustomerRecord(result.result().leaves());
    }

    /**
     * Creates a customer ({@code InsertCustomer}). Not retried after it may have reached KashFlow:
     * look the code up before creating again.
     *
     * @param request the customer
     * @return KashFlow's {@code CustomerID}
     */
    public int create(CustomerRequest request) {
        request.validate();
        SoapResult result = soap.call(customer(new SoapRequest("InsertCustomer"), "custr", inWsdlOrder(request.soapFields(Map.of()))),
                Call.RetryMode.UNSAFE);
        return integer(result, "InsertCustomer");
    }

    /**
     * Updates a customer ({@code UpdateCustomer}): reads the record, changes only what the request
     * sets, and writes every field back, so fields Tillbridge does not know are kept.
     *
     * @param code    the customer's code
     * @param request the fields to change
     * @return the record as written
     */
    public CustomerRecord update(String code, CustomerRequest request) {
        requireCode(code);
        request.validate();
        if (request.code() != null && !request.code().equals(code)) {
            throw new ValidationException("code", "changing a customer's code is not supported ('" + code + "' → '"
                    + request.code() + "')");
        }
        CustomerRecord current = record(code);
        Map<String, String> fields = request.soapFields(current.fields());
        soap.call(customer(new SoapRequest("UpdateCustomer"), "custr", fields), Call.RetryMode.SAFE);
        return new CustomerRecord(fields);
    }

    /**
     * Sets custom fields (payment metadata) on a customer, keeping every other field.
     *
     * @param code   the customer's code
     * @param values the custom fields
     * @return the record as written
     */
    public CustomerRecord setCustomFields(String code, CustomFields values) {
        Objects.requireNonNull(values, "values");
        requireCode(code);
        CustomerRecord current = record(code);
        Map<String, String> fields = new LinkedHashMap<>(current.fields());
        fields.putAll(values.values());
        soap.call(customer(new SoapRequest("UpdateCustomer"), "custr", fields), Call.RetryMode.SAFE);
        return new CustomerRecord(fields);
    }

    /**
     * ASMX binds a sequence in order, so a new customer's fields go in the {@code Customer} type's
     * order: the start (through {@code CheckBox20}) as a published SOAP model lists it, the rest as
     * the reference groups them — unverified against the WSDL. Updates keep the order KashFlow sent.
     */
    static Map<String, String> inWsdlOrder(Map<String, String> fields) {
        java.util.List<String> order = new java.util.ArrayList<>(java.util.List.of("CustomerID", "Code", "Name", "Contact",
                "Telephone", "Mobile", "Fax", "Email", "Address1", "Address2", "Address3", "Address4", "Postcode", "Website",
                "EC", "OutsideEC", "Notes", "Source", "Discount", "ShowDiscount", "PaymentTerms"));
        for (int i = 1; i <= 20; i++) {
            order.add("ExtraText" + i);
        }
        for (int i = 1; i <= 20; i++) {
            order.add("CheckBox" + i);
        }
        order.addAll(java.util.List.of("Created", "Updated", "CurrencyID", "ContactTitle", "ContactFirstName", "ContactLastName",
                "CustHasDeliveryAddress", "DeliveryAddress1", "DeliveryAddress2", "DeliveryAddress3", "DeliveryAddress4",
                "DeliveryPostcode", "VATNumber", "CountryName", "CountryCode", "DeliveryCountryName", "DeliveryCountryCode"));
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : order) {
            if (fields.containsKey(name)) {
                out.put(name, fields.get(name));
            }
        }
        fields.forEach(out::putIfAbsent);
        return out;
    }

    private static SoapRequest customer(SoapRequest request, String element, Map<String, String> fields) {
        request.open(element);
        fields.forEach(request::text);
        return request.close(element);
    }

    static int integer(SoapResult result, String method) {
        try {
            return Integer.parseInt(result.text());
        } catch (NumberFormatException e) {
            throw new KashFlowApiException(200, null, method + " answered '" + result.text() + "', not a number", null);
        }
    }

    private static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw new ValidationException("code", "a customer code is required");
        }
    }

}
