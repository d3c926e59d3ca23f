package io.tillbridge.sandbox.kashflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tillbridge.sandbox.EmulatorReply;
import io.tillbridge.sandbox.EmulatorRequest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The SOAP side of {@link KashFlowEmulator} (reference: kashflow.md §4). Parses requests with DTDs
 * and external entities refused; answers {@code <MethodResponse xmlns="KashFlow">} with
 * {@code <MethodResult>}, {@code Status} and {@code StatusDetail} under HTTP 200, and a SOAP fault
 * with HTTP 500 for requests it cannot read or methods it does not emulate.
 */
final class KashFlowSoap {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KashFlowSoap() {
    }

    static EmulatorReply handle(KashFlowEmulator emulator, EmulatorRequest request) {
        if (!request.method().equals("POST")) {
            return fault("Only POST is emulated.");
        }
        Element method;
        try {
            method = methodElement(request.body());
        } catch (Exception e) {
            return fault("Server was unable to read request. There is an error in XML document.");
        }
        if (method == null) {
            return fault("Server did not recognize the request: no SOAP Body.");
        }
        String name = local(method.getTagName());
        String action = request.header("SOAPAction");
        if (action == null || !action.replace("\"", "").equals("KashFlow/" + name)) {
            return fault("Server did not recognize the value of HTTP Header SOAPAction: " + action + ".");
        }
        if (!"KashFlow".equals(method.getAttribute("xmlns"))) {
            return fault("The method element is not in the KashFlow namespace.");
        }
        List<Element> parameters = children(method);
        if (parameters.size() < 2 || !local(parameters.get(0).getTagName()).equals("UserName")
                || !local(parameters.get(1).getTagName()).equals("Password")) {
            return fault("UserName and Password must be the first two parameters.");
        }
        emulator.soapCall(name);
        synchronized (emulator) {
            String refusal = emulator.soapRefusal(parameters.get(0).getTextContent(), parameters.get(1).getTextContent());
            if (refusal != null) {
                return answer(name, null, "NO", refusal);
            }
            Map<String, Element> byName = new LinkedHashMap<>();
            for (Element parameter : parameters.subList(2, parameters.size())) {
                byName.put(local(parameter.getTagName()), parameter);
            }
            return switch (name) {
                case "GetCustomer" -> getCustomer(emulator, text(byName, "CustomerCode"));
                case "InsertCustomer" -> saveCustomer(emulator, name, byName.get("custr"), true);
                case "UpdateCustomer" -> saveCustomer(emulator, name, byName.get("custr"), false);
                case "InsertInvoicePayment" -> insertPayment(emulator, byName.get("InvoicePayment"));
                case "GetInvoicePayment" -> getPayments(emulator, text(byName, "InvoiceNumber"));
                case "DeleteInvoicePayment" -> deletePayment(emulator, text(byName, "InvoicePaymentNumber"));
                case "GetInvPayMethods" -> payMethods(emulator);
                case "InsertJournal" -> insertJournal(emulator, byName.get("Jnl"));
                case "GetBankAccounts" -> bankAccounts(emulator);
                default -> fault("Server did not recognize the value of HTTP Header SOAPAction: KashFlow/" + name + ".");
            };
        }
    }

    private static EmulatorReply getCustomer(KashFlowEmulator emulator, String code) {
        ObjectNode customer = code == null ? null : emulator.customersTable().get(code);
        if (customer == null) {
            return answer("GetCustomer", null, "NO", "There is no customer with that code");
        }
        return answer("GetCustomer", customerXml(customer), "OK", "Found Customer");
    }

    private static final List<String> CUSTOMER_FIELDS = customerFields();
    private static final List<String> INT_FIELDS = intFields();

    private static List<String> intFields() {
        List<String> fields = new ArrayList<>(List.of("CustomerID", "EC", "OutsideEC", "Source", "ShowDiscount", "CurrencyID",
                "CustHasDeliveryAddress"));
        for (int i = 1; i <= 20; i++) {
            fields.add("CheckBox" + i);
        }
        return List.copyOf(fields);
    }

    private static List<String> customerFields() {
        List<String> fields = new ArrayList<>(List.of("CustomerID", "Code", "Name", "Contact", "Telephone", "Mobile", "Fax", "Email",
                "Address1", "Address2", "Address3", "Address4", "Postcode", "Website", "EC", "OutsideEC", "Notes", "Source",
                "Discount", "ShowDiscount", "PaymentTerms"));
        for (int i = 1; i <= 20; i++) {
            fields.add("ExtraText" + i);
        }
        for (int i = 1; i <= 20; i++) {
            fields.add("CheckBox" + i);
        }
        fields.addAll(List.of("Created", "Updated", "CurrencyID", "ContactTitle", "ContactFirstName", "ContactLastName",
                "CustHasDeliveryAddress", "DeliveryAddress1", "DeliveryAddress2", "DeliveryAddress3", "DeliveryAddress4",
                "DeliveryPostcode", "VATNumber", "CountryName", "CountryCode", "DeliveryCountryName", "DeliveryCountryCode"));
        return List.copyOf(fields);
    }

    private static String customerXml(ObjectNode customer) {
        StringBuilder xml = new StringBuilder();
        for (String field : CUSTOMER_FIELDS) {
            JsonNode value = customer.get(field);
            xml.append('<').append(field).append('>').append(value == null || value.isNull() ? "" : escape(value.asText()))
                    .append("</").append(field).append('>');
        }
        return xml.toString();
    }

    private static EmulatorReply saveCustomer(KashFlowEmulator emulator, String method, Element custr, boolean insert) {
        if (custr == null) {
            return answer(method, null, "NO", "No customer was supplied");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : children(custr)) {
            String name = local(field.getTagName());
            if (!CUSTOMER_FIELDS.contains(name)) {
                return fault("There is an error in XML document: unknown Customer element " + name + ".");
            }
            fields.put(name, field.getTextContent());
        }
        for (String name : INT_FIELDS) {
            String value = fields.get(name);
            if (value != null && !value.trim().matches("-?\\d+")) {
                return fault("There is an error in XML document: " + name + " is an int, got '" + value + "'.");
            }
        }
        String code = fields.get("Code");
        Map<String, ObjectNode> customers = emulator.customersTable();
        String country = fields.get("CountryCode");
        if (country != null && country.equals("GR")) {
            return answer(method, null, "NO", "Invalid country code GR; Greece is EL");
        }
        for (String name : fields.keySet()) {
            if (name.startsWith("CheckBox") && !fields.get(name).matches("[01]")) {
                return answer(method, null, "NO", name + " must be 0 or 1");
            }
        }
        if (insert) {
            if (fields.get("Name") == null || fields.get("Name").isBlank()) {
                return answer(method, "0", "NO", "Customer name is required");
            }
            if (code == null || code.isBlank()) {
                code = "CUST" + (customers.size() + 1);
            }
            if (customers.containsKey(code)) {
                return answer(method, "0", "NO", "A customer with that code already exists");
            }
            emulator.seedCustomer(code, fields.get("Name"), "GB");
            ObjectNode customer = customers.get(code);
            fields.remove("CustomerID");
            fields.remove("Code");
            fields.forEach(customer::put);
            return answer(method, customer.get("CustomerID").asText(), "OK", "");
        }
        ObjectNode customer = code == null ? null : customers.get(code);
        if (customer == null) {
            return answer(method, null, "NO", "There is no customer with that code");
        }
        fields.remove("CustomerID");
        fields.forEach((name, value) -> {
            if (INT_FIELDS.contains(name)) {
                customer.put(name, Integer.parseInt(value.trim()));
            } else {
                customer.put(name, value);
            }
        });
        customer.put("LastUpdatedDate", emulator.now());
        return answer(method, "1", "OK", "");
    }

    private static EmulatorReply insertPayment(KashFlowEmulator emulator, Element payment) {
        String method = "InsertInvoicePayment";
        if (payment == null) {
            return fault("There is an error in XML document: no InvoicePayment.");
        }
        Map<String, String> fields = leaves(payment);
        for (String required : List.of("PayInvoice", "PayDate", "PayAmount", "PayMethod", "PayAccount")) {
            if (!fields.containsKey(required)) {
                return fault("There is an error in XML document: " + required + " is required.");
            }
        }
        int invoiceNumber;
        BigDecimal amount;
        int payMethod;
        long account;
        try {
            invoiceNumber = Integer.parseInt(fields.get("PayInvoice").trim());
            amount = new BigDecimal(fields.get("PayAmount").trim());
            payMethod = Integer.parseInt(fields.get("PayMethod").trim());
            account = Long.parseLong(fields.get("PayAccount").trim());
        } catch (NumberFormatException e) {
            return fault("There is an error in XML document: a number was expected.");
        }
        ObjectNode invoice = emulator.invoicesTable().get(invoiceNumber);
        if (invoice == null) {
            return answer(method, "0", "NO", "There is no invoice with that number");
        }
        if (amount.signum() <= 0) {
            return answer(method, "0", "NO", "Payment amount must be greater than zero");
        }
        int scale = java.util.Currency.getInstance(invoice.path("Currency").path("Code").asText("GBP")).getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > scale) {
            return answer(method, "0", "NO", "Payment amount has too many decimal places");
        }
        if (!emulator.payMethodsTable().containsKey(payMethod)) {
            return answer(method, "0", "NO", "Invalid payment method");
        }
        if (!emulator.bankAccountsTable().containsKey(account)) {
            return answer(method, "0", "NO", "Invalid bank account");
        }
        String date = fields.get("PayDate").replace('T', ' ');
        ObjectNode line = emulator.pay(invoiceNumber, date, amount, payMethod, account, fields.getOrDefault("PayNote", ""), null);
        return answer(method, line.get("Id").asText(), "OK", "");
    }

    private static EmulatorReply getPayments(KashFlowEmulator emulator, String number) {
        ObjectNode invoice;
        try {
            invoice = number == null ? null : emulator.invoicesTable().get(Integer.parseInt(number.trim()));
        } catch (NumberFormatException e) {
            return fault("There is an error in XML document: InvoiceNumber is an int.");
        }
        if (invoice == null) {
            return answer("GetInvoicePayment", null, "NO", "There is no invoice with that number");
        }
        StringBuilder xml = new StringBuilder();
        for (JsonNode line : invoice.get("PaymentLines")) {
            xml.append("<Payment><PayID>").append(line.get("Id").asLong()).append("</PayID><PayInvoice>")
                    .append(invoice.get("Number").asInt()).append("</PayInvoice><PayDate>")
                    .append(escape(line.get("Date").asText().replace(' ', 'T'))).append("</PayDate><PayNote>")
                    .append(escape(line.path("Note").asText(""))).append("</PayNote><PayMethod>").append(line.get("Method").asInt())
                    .append("</PayMethod><PayAccount>").append(line.get("AccountId").asLong()).append("</PayAccount><PayAmount>")
                    .append(line.get("Amount").decimalValue().toPlainString()).append("</PayAmount></Payment>");
        }
        return answer("GetInvoicePayment", xml.toString(), "OK", "");
    }

    private static EmulatorReply deletePayment(KashFlowEmulator emulator, String id) {
        long paymentId;
        try {
            paymentId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            return fault("There is an error in XML document: InvoicePaymentNumber is an int.");
        }
        if (!emulator.unpay(paymentId)) {
            return answer("DeleteInvoicePayment", null, "NO", "There is no payment with that number");
        }
        return answer("DeleteInvoicePayment", null, "OK", "");
    }

    private static EmulatorReply payMethods(KashFlowEmulator emulator) {
        StringBuilder xml = new StringBuilder();
        emulator.payMethodsTable().forEach((id, name) -> xml.append("<PaymentMethod><MethodID>").append(id)
                .append("</MethodID><MethodName>").append(escape(name)).append("</MethodName></PaymentMethod>"));
        return answer("GetInvPayMethods", xml.toString(), "OK", "");
    }

    private static EmulatorReply insertJournal(KashFlowEmulator emulator, Element journal) {
        String method = "InsertJournal";
        if (journal == null) {
            return fault("There is an error in XML document: no Jnl.");
        }
        Map<String, String> fields = leaves(journal);
        Element lines = null;
        for (Element child : children(journal)) {
            if (local(child.getTagName()).equals("Lines")) {
                lines = child;
            }
        }
        if (lines == null || children(lines).size() < 2) {
            return answer(method, "0", "NO", "A journal needs at least two lines");
        }
        ObjectNode stored = JSON.createObjectNode().put("JournalDate", fields.getOrDefault("JournalDate", ""))
                .put("Comment", fields.getOrDefault("Comment", ""));
        BigDecimal sum = BigDecimal.ZERO;
        for (Element line : children(lines)) {
            if (!local(line.getTagName()).equals("anyType") || !"JournalLine".equals(line.getAttribute("xsi:type"))) {
                return fault("There is an error in XML document: lines must be anyType with xsi:type=\"JournalLine\".");
            }
            Map<String, String> values = leaves(line);
            BigDecimal amount;
            try {
                amount = new BigDecimal(values.getOrDefault("Amount", "").trim());
                Integer.parseInt(values.getOrDefault("NominalID", "").trim());
            } catch (NumberFormatException e) {
                return fault("There is an error in XML document: NominalID and Amount are numbers.");
            }
            sum = sum.add(amount);
            stored.withArray("Lines").addObject().put("NominalID", Integer.parseInt(values.get("NominalID").trim()))
                    .put("Amount", amount).put("Comment", values.getOrDefault("Comment", ""));
        }
        if (sum.signum() != 0) {
            return answer(method, "0", "NO", "Journal does not balance");
        }
        return answer(method, Integer.toString(emulator.recordJournal(stored)), "OK", "");
    }

    private static EmulatorReply bankAccounts(KashFlowEmulator emulator) {
        StringBuilder xml = new StringBuilder();
        for (ObjectNode account : emulator.bankAccountsTable().values()) {
            xml.append("<BankAccount><AccountID>").append(account.get("Id").asLong()).append("</AccountID><AccountName>")
                    .append(escape(account.get("AccountName").asText())).append("</AccountName><AccountCode>")
                    .append(account.get("Code").asInt()).append("</AccountCode></BankAccount>");
        }
        return answer("GetBankAccounts", xml.toString(), "OK", "");
    }

    // ---- XML ------------------------------------------------------------------------------------

    private static EmulatorReply answer(String method, String resultXml, String status, String detail) {
        String result = resultXml == null ? "" : "<" + method + "Result>" + resultXml + "</" + method + "Result>";
        return EmulatorReply.xml("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">"
                + "<soap:Body><" + method + "Response xmlns=\"KashFlow\">" + result
                + "<Status>" + status + "</Status><StatusDetail>" + escape(detail) + "</StatusDetail>"
                + "</" + method + "Response></soap:Body></soap:Envelope>");
    }

    private static EmulatorReply fault(String text) {
        return new EmulatorReply(500, "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring>" + escape(text) + "</faultstring>"
                + "</soap:Fault></soap:Body></soap:Envelope>", Map.of("Content-Type", "text/xml; charset=utf-8"));
    }

    private static Element methodElement(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        Element envelope = builder.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        if (!local(envelope.getTagName()).equals("Envelope")) {
            return null;
        }
        for (Element child : children(envelope)) {
            if (local(child.getTagName()).equals("Body")) {
                List<Element> methods = children(child);
                return methods.isEmpty() ? null : methods.get(0);
            }
        }
        return null;
    }

    private static List<Element> children(Element element) {
        List<Element> out = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static Map<String, String> leaves(Element element) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element child : children(element)) {
            if (children(child).isEmpty()) {
                out.put(local(child.getTagName()), child.getTextContent());
            }
        }
        return out;
    }

    private static String text(Map<String, Element> parameters, String name) {
        Element element = parameters.get(name);
        return element == null ? null : element.getTextContent();
    }

    private static String local(String tag) {
        int colon = tag.indexOf(':');
        return colon < 0 ? tag : tag.substring(colon + 1);
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
