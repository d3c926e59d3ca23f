package io.tillbridge.sandbox.syspro;

import io.tillbridge.sandbox.syspro.EnetDocument.In;
import io.tillbridge.sandbox.syspro.EnetDocument.Out;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The company's books inside the SYSPRO emulator, and the business objects that read and post them.
 * Seed it, let a client post, then inspect it. Every method is synchronised on the books.
 */
public final class SysproBooks {

    /** A business-object exception: SYSPRO delivers it over REST as {@code ERROR: …} text. */
    static final class EnetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EnetException(String message) {
            super(message);
        }
    }

    /**
     * A customer.
     *
     * @param code        the customer code
     * @param name        {@code Name}
     * @param shortName   {@code ShortName}
     * @param currency    {@code Currency}
     * @param creditLimit {@code CreditLimit}
     * @param email       {@code Email}
     * @param telephone   {@code Telephone}
     * @param onHold      {@code CustomerOnHold}
     * @param addresses   SoldToAddr1..5, SoldPostalCode, ShipToAddr1..5 and ShipPostalCode as ARSSCS last set them
     */
    public record Customer(String code, String name, String shortName, String currency, BigDecimal creditLimit, String email,
                           String telephone, boolean onHold, Map<String, String> addresses) {
        /**
         * Copies the addresses, so that the record cannot change under its reader.
         *
         * @param code        the customer code
         * @param name        {@code Name}
         * @param shortName   {@code ShortName}
         * @param currency    {@code Currency}
         * @param creditLimit {@code CreditLimit}
         * @param email       {@code Email}
         * @param telephone   {@code Telephone}
         * @param onHold      {@code CustomerOnHold}
         * @param addresses   SoldToAddr1..5, SoldPostalCode, ShipToAddr1..5 and ShipPostalCode as ARSSCS last set them
         */
        public Customer {
            addresses = Map.copyOf(addresses);
        }
    }

    /** ARSSCS's address elements, in two groups that are set as a whole: sold-to and ship-to. */
    private static final List<List<String>> ADDRESS_GROUPS = List.of(
            List.of("SoldToAddr1", "SoldToAddr2", "SoldToAddr3", "SoldToAddr4", "SoldToAddr5", "SoldPostalCode"),
            List.of("ShipToAddr1", "ShipToAddr2", "ShipToAddr3", "ShipToAddr4", "ShipToAddr5", "ShipPostalCode"));

    /** An AR invoice (or credit note) with its open balance. */
    public record Invoice(String invoice, String customer, BigDecimal value, BigDecimal balance) {
    }

    /**
     * A sales order or, with document type {@code C}, a credit note.
     *
     * @param status   {@code OrderStatus}: 1 open, S in suspense, …
     * @param comments the order's comment lines, in order
     */
    public record SalesOrder(String salesOrder, String documentType, String customer, String customerPoNumber, String status,
                             LocalDate orderDate, LocalDate requestedShipDate, String creditedInvoice, List<Line> lines,
                             List<String> comments) {

        /**
         * The value of the lines.
         *
         * @return quantity times price, summed
         */
        public BigDecimal value() {
            return lines.stream().map(l -> l.orderQty().multiply(l.price())).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        SalesOrder withStatus(String newStatus) {
            return new SalesOrder(salesOrder, documentType, customer, customerPoNumber, newStatus, orderDate, requestedShipDate,
                    creditedInvoice, lines, comments);
        }

        SalesOrder withLine(Line line) {
            List<Line> more = new ArrayList<>(lines);
            more.add(line);
            return new SalesOrder(salesOrder, documentType, customer, customerPoNumber, status, orderDate, requestedShipDate,
                    creditedInvoice, List.copyOf(more), comments);
        }
    }

    /** A stocked line, or a non-stocked one (warehouse {@code **}). */
    public record Line(int customerPoLine, String stockCode, String warehouse, BigDecimal orderQty, BigDecimal price) {
    }

    /** The SORTOI {@code OrderStatus} codes (reference: 1 | 4 | 8 | S). */
    private static final Set<String> IMPORT_STATUSES = Set.of("1", "4", "8", "S");
    /** The SORTOS {@code NewOrderStatus} codes. */
    private static final Set<String> NEW_STATUSES = Set.of("1", "2", "3", "4", "8", "9", "S");

    /** One AR payment row against one invoice (invoice blank for an unapplied amount). */
    public record Payment(String journal, String customer, String invoice, String reference, BigDecimal value, LocalDate date,
                          String bank) {
    }

    /** A posted GL journal. */
    public record Journal(String journal, String reference, int year, int period, Map<String, BigDecimal> entries) {
    }

    private record Stock(String code, String description, String uom, String productClass) {
    }

    private record ItemError(String element, String value, String number, String description) {
    }

    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final Map<String, Stock> stock = new LinkedHashMap<>();
    private final Map<String, BigDecimal> onHand = new TreeMap<>();
    private final Map<String, BigDecimal> allocated = new TreeMap<>();
    private final Set<String> warehouses = new HashSet<>();
    private final Map<String, Invoice> invoices = new LinkedHashMap<>();
    private final Map<String, SalesOrder> orders = new LinkedHashMap<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<Journal> journals = new ArrayList<>();
    private final Set<String> ledgerCodes = new HashSet<>();
    private final Map<String, BigDecimal> ledgerBalances = new TreeMap<>();
    private final Set<String> banks = new HashSet<>();
    private final Set<String> openPeriods = new HashSet<>();
    private int currentYear = 2026;
    private int currentPeriod = 1;
    private int nextOrder = 101;
    private int nextCustomer = 1;
    private int nextArJournal = 1;
    private int nextGlJournal = 1;
    private String defaultWarehouse = "FG";
    private String defaultBank = "GB";

    SysproBooks() {
    }

    // ---- seeding ---------------------------------------------------------------------------------

    /**
     * Adds a customer; the short name is the first 20 characters of the name.
     *
     * @param code     the customer code
     * @param name     the customer's name
     * @param currency the customer's currency
     * @return these books
     */
    public synchronized SysproBooks customer(String code, String name, String currency) {
        customers.put(code, new Customer(code, name, name.length() > 20 ? name.substring(0, 20) : name, currency, null, "", "", false,
                Map.of()));
        return this;
    }

    /**
     * A stock code with a quantity on hand in a warehouse (call again for more warehouses).
     *
     * @param stockCode      the stock code
     * @param description    its description
     * @param warehouse      the warehouse
     * @param quantityOnHand the quantity on hand there
     * @return these books
     */
    public synchronized SysproBooks stock(String stockCode, String description, String warehouse, BigDecimal quantityOnHand) {
        stock.putIfAbsent(stockCode, new Stock(stockCode, description, "EA", "FG"));
        warehouses.add(warehouse);
        onHand.put(stockCode + "|" + warehouse, quantityOnHand);
        allocated.putIfAbsent(stockCode + "|" + warehouse, BigDecimal.ZERO);
        return this;
    }

    /**
     * Adds an open invoice, its whole value outstanding.
     *
     * @param invoice  the invoice number
     * @param customer the customer code
     * @param value    the invoice's value
     * @return these books
     */
    public synchronized SysproBooks invoice(String invoice, String customer, BigDecimal value) {
        invoices.put(invoice, new Invoice(invoice, customer, value, value));
        return this;
    }

    /**
     * Adds a bank; the first one added is the default.
     *
     * @param code the bank code
     * @return these books
     */
    public synchronized SysproBooks bank(String code) {
        banks.add(code);
        defaultBank = banks.size() == 1 ? code : defaultBank;
        return this;
    }

    /**
     * Adds GL ledger codes that postings may use.
     *
     * @param codes the ledger codes
     * @return these books
     */
    public synchronized SysproBooks ledgerCodes(String... codes) {
        ledgerCodes.addAll(List.of(codes));
        return this;
    }

    /**
     * The current GL period, which is also opened.
     *
     * @param year   the financial year
     * @param period the period within it
     * @return these books
     */
    public synchronized SysproBooks currentPeriod(int year, int period) {
        this.currentYear = year;
        this.currentPeriod = period;
        openPeriods.add(year + "-" + period);
        return this;
    }

    /**
     * Opens a GL period for posting.
     *
     * @param year   the financial year
     * @param period the period within it
     * @return these books
     */
    public synchronized SysproBooks openPeriod(int year, int period) {
        openPeriods.add(year + "-" + period);
        return this;
    }

    /**
     * Closes a GL period, so that GL journals posted to it are refused.
     *
     * @param year   the financial year
     * @param period the period within it
     * @return these books
     */
    public synchronized SysproBooks closePeriod(int year, int period) {
        openPeriods.remove(year + "-" + period);
        return this;
    }

    /**
     * The default warehouse the logon profile reports, added to the known warehouses.
     *
     * @param warehouse the warehouse
     * @return these books
     */
    public synchronized SysproBooks defaultWarehouse(String warehouse) {
        this.defaultWarehouse = warehouse;
        warehouses.add(warehouse);
        return this;
    }

    // ---- inspection --------------------------------------------------------------------------------

    /**
     * The sales orders imported.
     *
     * @return the sales orders
     */
    public synchronized List<SalesOrder> salesOrders() {
        return List.copyOf(orders.values());
    }

    /**
     * A customer as stored.
     *
     * @param code the customer code
     * @return the customer, or empty
     */
    public synchronized Optional<Customer> customer(String code) {
        return Optional.ofNullable(customers.get(code));
    }

    /**
     * The payments posted.
     *
     * @return the payments
     */
    public synchronized List<Payment> payments() {
        return List.copyOf(payments);
    }

    /**
     * The journals posted.
     *
     * @return the journals
     */
    public synchronized List<Journal> journals() {
        return List.copyOf(journals);
    }

    /**
     * What is still outstanding on an invoice.
     *
     * @param invoice the invoice number
     * @return the balance
     */
    public synchronized BigDecimal invoiceBalance(String invoice) {
        return invoices.get(invoice).balance();
    }

    /**
     * The quantity on hand less what sales orders have allocated.
     *
     * @param stockCode the stock code
     * @param warehouse the warehouse
     * @return the available quantity
     */
    public synchronized BigDecimal available(String stockCode, String warehouse) {
        String key = stockCode + "|" + warehouse;
        return onHand.getOrDefault(key, BigDecimal.ZERO).subtract(allocated.getOrDefault(key, BigDecimal.ZERO));
    }

    /**
     * The balance posted to a GL ledger code.
     *
     * @param ledgerCode the ledger code
     * @return the balance; zero when nothing was posted
     */
    public synchronized BigDecimal ledgerBalance(String ledgerCode) {
        return ledgerBalances.getOrDefault(ledgerCode, BigDecimal.ZERO);
    }

    synchronized String defaultBank() {
        return defaultBank;
    }

    synchronized String defaultWarehouse() {
        return defaultWarehouse;
    }

    // ---- business objects ---------------------------------------------------------------------------

    synchronized Out handle(String bo, String method, In parameters, In document, String company, String currency, LocalDate today,
                            boolean omitOrderBlock) {
        String expected = switch (bo) {
            case "SORQRY", "INVQRY", "ARSQRY", "COMFND" -> "Query";
            case "ARSSCS" -> method.equals("Add") || method.equals("Update") || method.equals("Delete") ? method : "Add";
            default -> "Post";
        };
        if (!expected.equals(method)) {
            throw new EnetException("Business object " + bo + " does not support method " + method);
        }
        Flags flags = Flags.of(parameters);
        return switch (bo) {
            case "SORTOI" -> salesOrderImport(parameters, document, today, omitOrderBlock);
            case "SORQRY" -> salesOrderQuery(document);
            case "INVQRY" -> inventoryQuery(document);
            case "ARSQRY" -> customerQuery(document);
            case "ARSSCS" -> customerSetup(method, flags, document);
            case "ARSTPY" -> arPayment(flags, parameters, document, today);
            case "SORTCH", "SORTCI" -> creditNote(bo, flags, document, today);
            case "SORTCL" -> creditNoteLine(flags, document);
            case "SORTOS" -> orderStatus(parameters, document);
            case "GENTJL" -> glJournal(flags, document);
            case "COMFND" -> tableQuery(document);
            default -> throw new EnetException("e.net exception raised: 100000");
        };
    }

    /** ValidateOnly, ApplyIfEntireDocumentValid, IgnoreWarnings, read from any parameter root. */
    private record Flags(boolean validateOnly, boolean allOrNothing) {
        static Flags of(In parameters) {
            if (parameters == null) {
                return new Flags(false, false);
            }
            In p = parameters.child("Parameters").orElse(parameters);
            return new Flags(p.text("ValidateOnly").equalsIgnoreCase("Y"), p.text("ApplyIfEntireDocumentValid").equalsIgnoreCase("Y"));
        }
    }

    // SORTOI ------------------------------------------------------------------------------------------

    private Out salesOrderImport(In parameters, In document, LocalDate today, boolean omitOrderBlock) {
        In p = parameters == null ? null : parameters.child("Parameters").orElse(parameters);
        boolean validate = p != null && p.text("Process").equalsIgnoreCase("VALIDATE");
        boolean checkPo = p == null || !p.text("CheckForCustomerPoNumbers").equalsIgnoreCase("N");
        String startStatus = p == null || p.text("OrderStatus").isEmpty() ? "1" : p.text("OrderStatus").toUpperCase(Locale.ROOT);
        if (!IMPORT_STATUSES.contains(startStatus)) {
            throw new EnetException("Parameter OrderStatus '" + startStatus + "' is not valid (1, 4, 8 or S)");
        }
        if (!document.name().equalsIgnoreCase("SalesOrders")) {
            throw new EnetException("XML element '" + document.name() + "' is not valid for business object SORTOI");
        }
        Out root = EnetDocument.root("SalesOrders", "7.0.090");
        int processed = 0;
        int invalid = 0;
        for (In order : document.children("Orders")) {
            In header = order.child("OrderHeader").orElseThrow(() -> new EnetException("OrderHeader is required"));
            String po = header.text("CustomerPoNumber");
            String customer = header.text("Customer");
            List<ItemError> errors = new ArrayList<>();
            if (po.length() > 30) {
                errors.add(new ItemError("CustomerPoNumber", po, "100013", "Customer purchase order number too long"));
            }
            if (!customers.containsKey(customer)) {
                errors.add(new ItemError("Customer", customer, "100003", "Customer '" + customer + "' not found"));
            }
            if (checkPo && !po.isEmpty() && orders.values().stream().anyMatch(o -> o.customerPoNumber().equals(po))) {
                errors.add(new ItemError("CustomerPoNumber", po, "100042", "Customer purchase order number already exists"));
            }
            for (int i = 1; i <= 5; i++) {
                if (header.text("ShipAddress" + i).length() > 40) {
                    errors.add(new ItemError("ShipAddress" + i, header.text("ShipAddress" + i), "100051", "Address line too long"));
                }
            }
            List<Line> lines = new ArrayList<>();
            String headerWarehouse = header.text("Warehouse").isEmpty() ? defaultWarehouse : header.text("Warehouse");
            for (In line : order.child("OrderDetails").map(d -> d.children("StockLine")).orElse(List.of())) {
                String code = line.text("StockCode");
                String warehouse = line.text("Warehouse").isEmpty() ? headerWarehouse : line.text("Warehouse");
                BigDecimal qty = number(line.text("OrderQty"), "OrderQty", errors);
                BigDecimal price = line.text("Price").isEmpty() ? BigDecimal.ZERO : number(line.text("Price"), "Price", errors);
                if (!stock.containsKey(code)) {
                    errors.add(new ItemError("StockCode", code, "100015", "Stock code '" + code + "' not found"));
                } else if (!onHand.containsKey(code + "|" + warehouse)) {
                    errors.add(new ItemError("Warehouse", warehouse, "100016", "Stock code '" + code + "' not stocked in warehouse '"
                            + warehouse + "'"));
                }
                if (qty != null && qty.signum() <= 0) {
                    errors.add(new ItemError("OrderQty", line.text("OrderQty"), "100017", "Order quantity must be greater than zero"));
                }
                Integer given = line.text("CustomerPoLine").isEmpty() ? null : whole(line.text("CustomerPoLine"), "CustomerPoLine", errors);
                int lineNumber = given == null ? lines.size() + 1 : given;
                lines.add(new Line(lineNumber, code, warehouse, qty, price));
            }
            List<String> comments = new ArrayList<>();
            for (In comment : order.child("OrderDetails").map(d -> d.children("CommentLine")).orElse(List.of())) {
                String text = comment.text("Comment");
                if (text.length() > 100) {
                    errors.add(new ItemError("Comment", text, "100052", "Comment too long"));
                }
                comments.add(text);
            }
            Out orderOut = new Out("Order").add("CustomerPoNumber", po);
            if (refused(orderOut, errors)) {
                invalid++;
                root.add(orderOut);
                continue;
            }
            if (validate) {
                orderOut.add("SalesOrder", "");
                root.add(orderOut);
                continue;
            }
            String number = String.format(Locale.ROOT, "%06d", nextOrder++);
            orders.put(number, new SalesOrder(number, "O", customer, po, startStatus, header.text("OrderDate").isEmpty() ? today
                    : date(header.text("OrderDate")), header.text("RequestedShipDate").isEmpty() ? null
                    : date(header.text("RequestedShipDate")), null, List.copyOf(lines), List.copyOf(comments)));
            lines.forEach(l -> allocated.merge(l.stockCode() + "|" + l.warehouse(), l.orderQty(), BigDecimal::add));
            processed++;
            if (!omitOrderBlock) {
                orderOut.add("SalesOrder", number);
                root.add(orderOut);
            }
        }
        if (validate) {
            root.child("ValidationStatus").add("Status", invalid == 0 ? "Successful" : "Failed");
        }
        statusOfItems(root, processed, invalid).add("ItemsRejectedWithWarnings", EnetDocument.zeroFilled(0));
        return root;
    }

    // SORQRY --------------------------------------------------------------------------------------------

    private Out salesOrderQuery(In document) {
        String number = key(document, "SalesOrder");
        SalesOrder order = orders.get(number);
        if (order == null) {
            throw new EnetException("Sales order '" + number + "' not found");
        }
        Customer customer = customers.get(order.customer());
        Out root = EnetDocument.root("SorDetail", "7.0.032").add("SalesOrder", order.salesOrder())
                .add("DocumentType", order.documentType()).add("Customer", order.customer())
                .add("CustomerName", customer == null ? "" : customer.name()).add("SALSLS:Name", "House account")
                .add("OrderStatus", order.status()).add("OrderStatusDesc", statusDescription(order.status()))
                .add("CustomerPoNumber", order.customerPoNumber())
                .add("OrderDate", order.orderDate().toString().replace('-', '/'))
                .add("ReqShipDate", order.requestedShipDate() == null ? "0000-00-00" : order.requestedShipDate().toString())
                .add("Currency", customer == null ? "" : customer.currency()).add("LastInvoice", "")
                .add("TBLCUR:Description", "Currency");
        Out lines = root.child("SalesOrderLine");
        for (Line line : order.lines()) {
            lines.add(new Out("Merchandise").add("MStockCode", line.stockCode())
                    .add("MStockDes", stock.containsKey(line.stockCode()) ? stock.get(line.stockCode()).description() : "").add("MWarehouse", line.warehouse())
                    .add("MOrderQty", EnetDocument.padded(line.orderQty(), 3).stripTrailing() + " EA")
                    .add("MPrice", EnetDocument.padded(line.price(), 2)));
        }
        return root;
    }

    // INVQRY ---------------------------------------------------------------------------------------------

    private Out inventoryQuery(In document) {
        String code = key(document, "StockCode");
        Stock item = stock.get(code);
        if (item == null) {
            throw new EnetException("Stock code '" + code + "' not found");
        }
        Set<String> wanted = new HashSet<>();
        document.path("Filter", "Warehouse").ifPresent(w -> {
            for (String value : w.attribute("FilterValue").split(",")) {
                if (!value.isBlank()) {
                    wanted.add(value.trim());
                }
            }
        });
        Out root = EnetDocument.root("InvQuery", "7.0.081");
        root.child("StockItem").add("StockCode", item.code()).add("Description", item.description()).add("LongDesc", "")
                .add("StockUom", item.uom()).add("ProductClass", item.productClass()).add("PartCategory", "B");
        onHand.forEach((key, qty) -> {
            String[] parts = key.split("\\|");
            if (parts[0].equals(code) && (wanted.isEmpty() || wanted.contains(parts[1]))) {
                root.child("WarehouseItem").add("Warehouse", parts[1]).add("QtyOnHand", EnetDocument.padded(qty, 3))
                        .add("AvailableQty", EnetDocument.padded(available(code, parts[1]).max(BigDecimal.ZERO), 3));
            }
        });
        return root;
    }

    // ARSQRY ---------------------------------------------------------------------------------------------

    private Out customerQuery(In document) {
        String code = key(document, "Customer");
        Customer c = customers.get(code);
        if (c == null) {
            throw new EnetException("Customer '" + code + "' not found");
        }
        BigDecimal balance = invoices.values().stream().filter(i -> i.customer().equals(code)).map(Invoice::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Out out = EnetDocument.root("ArCustomer", "7.0.020").add("Customer", c.code()).add("Name", c.name())
                .add("ShortName", c.shortName()).add("Currency", c.currency())
                .add("CreditLimit", c.creditLimit() == null ? "" : EnetDocument.padded(c.creditLimit(), 2))
                .add("Email", c.email()).add("Telephone", c.telephone()).add("CustomerOnHold", c.onHold() ? "Y" : "N");
        ADDRESS_GROUPS.forEach(group -> group.forEach(field -> out.add(field, c.addresses().getOrDefault(field, ""))));
        return out.add("CurrentBalance", EnetDocument.padded(balance, 2));
    }

    /** The customer's addresses after an ARSSCS item: a group the item names any element of is replaced whole; others stay. */
    private static Map<String, String> addresses(In item, Map<String, String> old) {
        Map<String, String> out = new LinkedHashMap<>(old);
        for (List<String> group : ADDRESS_GROUPS) {
            if (group.stream().anyMatch(f -> item.child(f).isPresent())) {
                group.forEach(f -> out.put(f, item.text(f)));
            }
        }
        return out;
    }

    // ARSSCS ---------------------------------------------------------------------------------------------

    private Out customerSetup(String method, Flags flags, In document) {
        Out root = new Out("SetupArCustomer");
        List<Supplier<Void>> apply = new ArrayList<>();
        int invalid = 0;
        List<In> items = document.children("Item");
        for (In item : items) {
            String code = key(item, "Customer");
            List<ItemError> errors = new ArrayList<>();
            String name = item.text("Name");
            BigDecimal limit = item.text("CreditLimit").isEmpty() ? null : number(item.text("CreditLimit"), "CreditLimit", errors);
            switch (method) {
                case "Add" -> {
                    if (!code.isEmpty() && customers.containsKey(code)) {
                        errors.add(new ItemError("Customer", code, "110003", "Customer '" + code + "' already exists"));
                    }
                    if (name.isEmpty()) {
                        errors.add(new ItemError("Name", "", "110010", "Customer name is required"));
                    }
                }
                case "Update", "Delete" -> {
                    if (!customers.containsKey(code)) {
                        errors.add(new ItemError("Customer", code, "110004", "Customer '" + code + "' not found"));
                    } else if (method.equals("Delete") && invoices.values().stream().anyMatch(i -> i.customer().equals(code))) {
                        errors.add(new ItemError("Customer", code, "110020", "Customer has transactions and cannot be deleted"));
                    }
                }
                default -> throw new EnetException("Method " + method + " not valid");
            }
            if (name.length() > 50) {
                errors.add(new ItemError("Name", name, "110011", "Customer name too long"));
            }
            String assigned = code.isEmpty() && method.equals("Add") ? String.format(Locale.ROOT, "%06d", nextCustomer) : code;
            Out itemOut = root.child("Item");
            itemOut.child("Key").add("Customer", assigned);
            if (refused(itemOut, errors)) {
                invalid++;
                continue;
            }
            apply.add(() -> {
                if (method.equals("Delete")) {
                    customers.remove(assigned);
                    return null;
                }
                if (code.isEmpty()) {
                    nextCustomer++;
                }
                Customer old = customers.get(assigned);
                customers.put(assigned, new Customer(assigned, pick(name, old == null ? "" : old.name()),
                        pick(item.text("ShortName"), old == null ? "" : old.shortName()),
                        pick(item.text("Currency"), old == null ? "" : old.currency()),
                        limit != null ? limit : old == null ? null : old.creditLimit(),
                        pick(item.text("Email"), old == null ? "" : old.email()),
                        pick(item.text("Telephone"), old == null ? "" : old.telephone()),
                        item.text("CustomerOnHold").isEmpty() ? old != null && old.onHold() : item.text("CustomerOnHold").equals("Y"),
                        addresses(item, old == null ? Map.of() : old.addresses())));
                return null;
            });
        }
        if (!flags.validateOnly() && !(flags.allOrNothing() && invalid > 0)) {
            apply.forEach(Supplier::get);
        }
        root.child("StatusOfItems").add("RecordsRead", EnetDocument.padded(items.size()).trim())
                .add("RecordsInvalid", String.valueOf(invalid));
        // Setup answers come back lower-case throughout the item (syspro.md, Corrections)
        Out lower = root.lowerCased();
        return lower;
    }

    // ARSTPY ---------------------------------------------------------------------------------------------

    private Out arPayment(Flags flags, In parameters, In document, LocalDate today) {
        In p = parameters == null ? null : parameters.child("Parameters").orElse(parameters);
        boolean autoCorrect = p != null && p.text("AutoCorrectPaymentValue").equalsIgnoreCase("Y");
        Out root = EnetDocument.root("PostArPayment", "7.0.044");
        List<Supplier<Void>> apply = new ArrayList<>();
        int invalid = 0;
        List<In> items = document.children("Item");
        for (In item : items) {
            In payment = item.child("Payment").orElseThrow(() -> new EnetException("XML element 'Payment' expected in 'Item'"));
            List<ItemError> errors = new ArrayList<>();
            String customer = payment.text("Customer");
            String reference = payment.text("Reference");
            String bank = payment.text("Bank");
            BigDecimal value = number(payment.text("PaymentValue"), "PaymentValue", errors);
            if (!customers.containsKey(customer)) {
                errors.add(new ItemError("Customer", customer, "130001", "Customer '" + customer + "' not found"));
            }
            if (!banks.contains(bank)) {
                errors.add(new ItemError("Bank", bank, "130002", "Bank '" + bank + "' not found"));
            }
            if (!Set.of("C", "S", "O").contains(payment.text("PaymentType"))) {
                errors.add(new ItemError("PaymentType", payment.text("PaymentType"), "130003", "Payment type is invalid"));
            }
            Map<String, BigDecimal> toPay = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (In pay : payment.children("InvoiceToPay")) {
                String invoice = pay.text("Invoice");
                BigDecimal gross = number(pay.text("GrossPaymentValue"), "GrossPaymentValue", errors);
                Invoice known = invoices.get(invoice);
                if (known == null || !known.customer().equals(customer)) {
                    errors.add(new ItemError("Invoice", invoice, "130010", "Invoice '" + invoice + "' not found for customer"));
                } else if (gross != null && gross.compareTo(known.balance()) > 0) {
                    errors.add(new ItemError("GrossPaymentValue", pay.text("GrossPaymentValue"), "130011",
                            "Payment exceeds the invoice balance of " + known.balance().toPlainString()));
                }
                if (gross != null) {
                    toPay.merge(invoice, gross, BigDecimal::add);
                    total = total.add(gross);
                }
            }
            BigDecimal unapplied = BigDecimal.ZERO;
            for (In un : payment.children("UnappliedPayment")) {
                BigDecimal gross = number(un.text("GrossPaymentValue"), "GrossPaymentValue", errors);
                unapplied = unapplied.add(gross == null ? BigDecimal.ZERO : gross);
            }
            total = total.add(unapplied);
            if (value != null && total.compareTo(value) != 0 && !autoCorrect) {
                errors.add(new ItemError("PaymentValue", value.toPlainString(), "130020",
                        "Payment value does not equal the amounts applied (" + total.toPlainString() + ")"));
            }
            LocalDate date = payment.text("PaymentDate").isEmpty() ? today : date(payment.text("PaymentDate"));
            Out itemOut = root.child("Item").add("Customer", customer).add("Reference", reference);
            if (refused(itemOut, errors)) {
                invalid++;
                continue;
            }
            BigDecimal leftOver = unapplied;
            apply.add(() -> {
                String journal = String.valueOf(nextArJournal++);
                itemOut.add("Journal", EnetDocument.padded(Integer.parseInt(journal)));
                toPay.forEach((invoice, gross) -> {
                    Invoice known = invoices.get(invoice);
                    invoices.put(invoice, new Invoice(invoice, known.customer(), known.value(), known.balance().subtract(gross)));
                    payments.add(new Payment(journal, customer, invoice, reference, gross, date, bank));
                });
                if (leftOver.signum() > 0) {
                    payments.add(new Payment(journal, customer, "", reference, leftOver, date, bank));
                }
                return null;
            });
        }
        int processed = 0;
        if (!flags.validateOnly() && !(flags.allOrNothing() && invalid > 0)) {
            apply.forEach(Supplier::get);
            processed = apply.size();
        }
        statusOfItems(root, processed, invalid);
        return root;
    }

    // SORTCH / SORTCI ------------------------------------------------------------------------------------

    private Out creditNote(String bo, Flags flags, In document, LocalDate today) {
        Out root = EnetDocument.root(document.name(), "7.0.015");
        int invalid = 0;
        int processed = 0;
        for (In item : document.children("Item")) {
            List<ItemError> errors = new ArrayList<>();
            String customer = item.text("Customer");
            String invoice = item.text("InvoiceNumber");
            String po = item.text("CustomerPoNumber");
            if (!customers.containsKey(customer)) {
                errors.add(new ItemError("Customer", customer, "100003", "Customer '" + customer + "' not found"));
            }
            if (bo.equals("SORTCI") && invoice.isEmpty()) {
                errors.add(new ItemError("InvoiceNumber", "", "100070", "Invoice number is required"));
            }
            if (!invoice.isEmpty() && (!invoices.containsKey(invoice) || !invoices.get(invoice).customer().equals(customer))) {
                errors.add(new ItemError("InvoiceNumber", invoice, "100071", "Invoice '" + invoice + "' not found for customer"));
            }
            Out itemOut = root.child("Item").add("CustomerPoNumber", po);
            if (refused(itemOut, errors)) {
                invalid++;
                continue;
            }
            if (flags.validateOnly()) {
                continue;
            }
            String number = String.format(Locale.ROOT, "%06d", nextOrder++);
            LocalDate date = item.text("CreditNoteDate").isEmpty() ? today : date(item.text("CreditNoteDate"));
            orders.put(number, new SalesOrder(number, "C", customer, po, "1", date, null, invoice.isEmpty() ? null : invoice, List.of(),
                    List.of()));
            itemOut.add("CreditNoteNumber", number);
            processed++;
        }
        statusOfItems(root, processed, invalid);
        return root;
    }

    // SORTCL ---------------------------------------------------------------------------------------------

    /**
     * SORTCL: {@code SOCreditNoteLine>Item*>{CreditNoteNumber, CreditReason, NonStockedLine, StockCode,
     * Description, Warehouse, OrderQty, Price, …}} adds a line to an existing credit note. A non-stocked
     * line ({@code NonStockedLine=Y}) takes any code and warehouse {@code **}; a stocked one must exist in
     * its warehouse.
     */
    private Out creditNoteLine(Flags flags, In document) {
        if (!document.name().equalsIgnoreCase("SOCreditNoteLine")) {
            throw new EnetException("XML element '" + document.name() + "' is not valid for business object SORTCL");
        }
        Out root = EnetDocument.root("SOCreditNoteLine", "7.0.012");
        int invalid = 0;
        int processed = 0;
        List<Supplier<Void>> apply = new ArrayList<>();
        for (In item : document.children("Item")) {
            List<ItemError> errors = new ArrayList<>();
            String number = item.text("CreditNoteNumber");
            SalesOrder note = orders.get(number);
            if (note == null || !note.documentType().equals("C")) {
                errors.add(new ItemError("CreditNoteNumber", number, "100080", "Credit note '" + number + "' not found"));
            }
            boolean nonStocked = item.text("NonStockedLine").equalsIgnoreCase("Y");
            String code = item.text("StockCode");
            String warehouse = item.text("Warehouse");
            if (code.isEmpty()) {
                errors.add(new ItemError("StockCode", "", "100081", "Stock code is required"));
            } else if (nonStocked && !warehouse.equals("**")) {
                errors.add(new ItemError("Warehouse", warehouse, "100082", "Warehouse must be '**' for a non-stocked line"));
            } else if (!nonStocked && !onHand.containsKey(code + "|" + warehouse)) {
                errors.add(new ItemError("StockCode", code, "100015", "Stock code '" + code + "' not found in warehouse '" + warehouse
                        + "'"));
            }
            BigDecimal qty = number(item.text("OrderQty"), "OrderQty", errors);
            BigDecimal price = item.text("Price").isEmpty() ? null : number(item.text("Price"), "Price", errors);
            if (qty != null && qty.signum() <= 0) {
                errors.add(new ItemError("OrderQty", item.text("OrderQty"), "100017", "Order quantity must be greater than zero"));
            }
            if (price == null && nonStocked) {
                errors.add(new ItemError("Price", "", "100083", "Price is required for a non-stocked line"));
            }
            Out itemOut = root.child("Item").add("CreditNoteNumber", number);
            if (refused(itemOut, errors)) {
                invalid++;
                continue;
            }
            BigDecimal linePrice = price == null ? BigDecimal.ZERO : price;
            apply.add(() -> {
                SalesOrder current = orders.get(number);
                int line = current.lines().size() + 1;
                orders.put(number, current.withLine(new Line(line, code, warehouse, qty, linePrice)));
                itemOut.add("LineNumber", EnetDocument.padded(line));
                return null;
            });
        }
        if (!flags.validateOnly() && !(flags.allOrNothing() && invalid > 0)) {
            apply.forEach(Supplier::get);
            processed = apply.size();
        }
        statusOfItems(root, processed, invalid);
        return root;
    }

    // SORTOS ---------------------------------------------------------------------------------------------

    /**
     * SORTOS: {@code PostSorOrderStatus>Item>{SalesOrder, OrderStatus?, NewOrderStatus, CreditAuthority}}.
     * {@code ValidateOnly} defaults to Y; a given {@code OrderStatus} must be the current one; leaving
     * suspense needs a {@code CreditAuthority}; a complete or cancelled order does not change.
     */
    private Out orderStatus(In parameters, In document) {
        if (!document.name().equalsIgnoreCase("PostSorOrderStatus")) {
            throw new EnetException("XML element '" + document.name() + "' is not valid for business object SORTOS");
        }
        In p = parameters == null ? null : parameters.child("Parameters").orElse(parameters);
        boolean validateOnly = p == null || !p.text("ValidateOnly").equalsIgnoreCase("N");
        In item = document.child("Item").orElseThrow(() -> new EnetException("XML element 'Item' expected in 'PostSorOrderStatus'"));
        Out root = EnetDocument.root("PostSorOrderStatus", "7.0.021");
        List<ItemError> errors = new ArrayList<>();
        String number = item.text("SalesOrder");
        SalesOrder order = orders.get(number);
        String wanted = item.text("NewOrderStatus").toUpperCase(Locale.ROOT);
        if (order == null || !order.documentType().equals("O")) {
            errors.add(new ItemError("SalesOrder", number, "100090", "Sales order '" + number + "' not found"));
        } else {
            String expected = item.text("OrderStatus");
            if (!expected.isEmpty() && !expected.equalsIgnoreCase(order.status())) {
                errors.add(new ItemError("OrderStatus", expected, "100091", "Order status is '" + order.status() + "', not '"
                        + expected + "'"));
            }
            if (order.status().equals("9") || order.status().equals("*")) {
                errors.add(new ItemError("SalesOrder", number, "100092", "Order status '" + order.status() + "' cannot be changed"));
            }
            if (order.status().equals("S") && !wanted.equals("S") && item.text("CreditAuthority").isEmpty()) {
                errors.add(new ItemError("CreditAuthority", "", "100093", "Credit authority is required to release an order from suspense"));
            }
        }
        if (!NEW_STATUSES.contains(wanted)) {
            errors.add(new ItemError("NewOrderStatus", wanted, "100094", "New order status '" + wanted + "' is not valid"));
        }
        Out itemOut = root.child("Item").add("SalesOrder", number);
        boolean invalid = refused(itemOut, errors);
        if (validateOnly) {
            root.child("ValidationStatus").add("Status", invalid ? "Failed" : "Successful");
        } else if (!invalid) {
            orders.put(number, order.withStatus(wanted));
            itemOut.add("OrderStatus", wanted);
        }
        statusOfItems(root, invalid || validateOnly ? 0 : 1, invalid ? 1 : 0);
        return root;
    }

    private static String statusDescription(String status) {
        return switch (status) {
            case "1" -> "Open order";
            case "4" -> "In warehouse";
            case "8" -> "Ready to invoice";
            case "9" -> "Complete";
            case "S" -> "In suspense";
            default -> "";
        };
    }

    // GENTJL ---------------------------------------------------------------------------------------------

    private Out glJournal(Flags flags, In document) {
        Out root = EnetDocument.root("PostGlJournal", "7.0.061");
        int invalid = 0;
        int processed = 0;
        for (In item : document.children("Item")) {
            List<ItemError> errors = new ArrayList<>();
            Integer year = item.text("PostingYear").isEmpty() ? Integer.valueOf(currentYear) : whole(item.text("PostingYear"), "PostingYear", errors);
            Integer period = item.text("PostingPeriod").isEmpty() ? Integer.valueOf(currentPeriod)
                    : whole(item.text("PostingPeriod"), "PostingPeriod", errors);
            if (year != null && period != null && !openPeriods.contains(year + "-" + period)) {
                errors.add(new ItemError("PostingPeriod", String.valueOf(period), "200010", "GL period " + period + " of " + year
                        + " is not open"));
            }
            Map<String, BigDecimal> entries = new LinkedHashMap<>();
            BigDecimal sum = BigDecimal.ZERO;
            List<In> details = item.children("JournalDetails");
            if (details.size() < 2) {
                errors.add(new ItemError("JournalDetails", String.valueOf(details.size()), "200001", "A journal needs at least two entries"));
            }
            for (In d : details) {
                String ledger = d.text("LedgerCode");
                BigDecimal amount = number(d.text("EntryAmount"), "EntryAmount", errors);
                if (!ledgerCodes.contains(ledger)) {
                    errors.add(new ItemError("LedgerCode", ledger, "200002", "Ledger code '" + ledger + "' not found"));
                }
                if (amount != null) {
                    entries.merge(ledger, amount, BigDecimal::add);
                    sum = sum.add(amount);
                }
            }
            if (sum.signum() != 0) {
                errors.add(new ItemError("EntryAmount", sum.toPlainString(), "200003", "Journal does not balance"));
            }
            String reference = item.text("JournalReference");
            Out itemOut = root.child("Item").add("JournalReference", reference);
            if (refused(itemOut, errors)) {
                invalid++;
                continue;
            }
            if (flags.validateOnly()) {
                continue;
            }
            String journal = String.valueOf(nextGlJournal++);
            journals.add(new Journal(journal, reference, year, period, Map.copyOf(entries)));
            entries.forEach((ledger, amount) -> ledgerBalances.merge(ledger, amount, BigDecimal::add));
            itemOut.add("Journal", EnetDocument.padded(Integer.parseInt(journal))).add("PostingYear", year)
                    .add("PostingPeriod", period);
            processed++;
        }
        statusOfItems(root, processed, invalid);
        return root;
    }

    // COMFND ---------------------------------------------------------------------------------------------

    private Out tableQuery(In document) {
        String table = document.text("TableName");
        List<Map<String, String>> rows = table(table);
        List<String> columns = document.child("Columns").map(c -> c.children("Column")).orElse(List.of()).stream()
                .map(c -> c.element().getTextContent().trim()).toList();
        Set<String> known = rows.isEmpty() ? columnsOf(table) : rows.get(0).keySet();
        for (String column : columns) {
            if (known.stream().noneMatch(k -> k.equalsIgnoreCase(column))) {
                throw new EnetException("Column '" + column + "' not found in table '" + table + "'");
            }
        }
        List<In> expressions = document.child("Where").map(w -> w.children("Expression")).orElse(List.of());
        String rowsAsked = document.text("ReturnRows");
        if (!rowsAsked.isEmpty() && !rowsAsked.matches("\\d{1,9}")) {
            throw new EnetException("ReturnRows '" + rowsAsked + "' is not numeric"); // a query's refusal is ERROR text
        }
        int limit = rowsAsked.isEmpty() ? 100 : Integer.parseInt(rowsAsked);
        List<Map<String, String>> selected = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Boolean result = null;
            for (In e : expressions) {
                String column = e.text("Column");
                if (known.stream().noneMatch(k -> k.equalsIgnoreCase(column))) {
                    throw new EnetException("Column '" + column + "' not found in table '" + table + "'");
                }
                boolean holds = compare(value(row, column), e.text("Condition"), e.child("Value")
                        .map(v -> v.element().getTextContent()).orElse("").trim());
                result = result == null ? holds : e.text("AndOr").equalsIgnoreCase("Or") ? result || holds : result && holds;
            }
            if (result == null || result) {
                selected.add(row);
            }
        }
        String orderBy = document.path("OrderBy", "Column").map(c -> c.element().getTextContent().trim()).orElse("");
        if (!orderBy.isEmpty()) {
            selected.sort(Comparator.comparing(r -> value(r, orderBy)));
        }
        Out root = new Out(table);
        root.child("HeaderDetails").add("TableName", table).add("Columns", String.valueOf(columns.size()));
        selected.stream().limit(limit).forEach(row -> {
            Out rowOut = root.child("Row");
            for (String column : columns) {
                rowOut.add(column, value(row, column));
            }
        });
        root.add("RowsReturned", EnetDocument.padded((int) Math.min(limit, selected.size())));
        return root;
    }

    private List<Map<String, String>> table(String table) {
        List<Map<String, String>> rows = new ArrayList<>();
        switch (table.toLowerCase(Locale.ROOT)) {
            case "sormaster" -> orders.values().forEach(o -> rows.add(row("SalesOrder", o.salesOrder(), "Customer", o.customer(),
                    "CustomerPoNumber", o.customerPoNumber(), "OrderStatus", o.status(), "DocumentType", o.documentType(),
                    "OrderDate", o.orderDate().toString())));
            case "sordetail" -> orders.values().forEach(o -> {
                for (Line l : o.lines()) {
                    rows.add(row("SalesOrder", o.salesOrder(), "SalesOrderLine", String.valueOf(l.customerPoLine()), "LineType",
                            l.warehouse().equals("**") ? "7" : "1", "MStockCode", l.stockCode(), "MWarehouse", l.warehouse(),
                            "MOrderQty", l.orderQty().toPlainString(), "MPrice", l.price().toPlainString()));
                }
            });
            case "arcustomer" -> customers.values().forEach(c -> rows.add(row("Customer", c.code(), "Name", c.name(),
                    "ShortName", c.shortName(), "Currency", c.currency())));
            case "arinvoice" -> invoices.values().forEach(i -> rows.add(row("Invoice", i.invoice(), "Customer", i.customer(),
                    "InvoiceBal1", i.balance().toPlainString())));
            case "arinvoicepay" -> payments.forEach(p -> rows.add(row("Customer", p.customer(), "Invoice", p.invoice(),
                    "Reference", p.reference(), "PaymentValue", p.value().toPlainString(), "Journal", p.journal())));
            case "genjournalctl" -> journals.forEach(j -> rows.add(row("Journal", j.journal(), "JnlReference", j.reference(),
                    "JnlYear", String.valueOf(j.year()), "JnlPeriod", String.valueOf(j.period()))));
            case "invwarehouse" -> onHand.forEach((key, qty) -> {
                String[] parts = key.split("\\|");
                rows.add(row("StockCode", parts[0], "Warehouse", parts[1], "QtyOnHand", qty.toPlainString(),
                        "QtyAllocated", allocated.getOrDefault(key, BigDecimal.ZERO).toPlainString()));
            });
            default -> throw new EnetException("Table '" + table + "' is not a valid table");
        }
        return rows;
    }

    private static Set<String> columnsOf(String table) {
        return switch (table.toLowerCase(Locale.ROOT)) {
            case "sormaster" -> Set.of("SalesOrder", "Customer", "CustomerPoNumber", "OrderStatus", "DocumentType", "OrderDate");
            case "sordetail" -> Set.of("SalesOrder", "SalesOrderLine", "LineType", "MStockCode", "MWarehouse", "MOrderQty", "MPrice");
            case "arcustomer" -> Set.of("Customer", "Name", "ShortName", "Currency");
            case "arinvoice" -> Set.of("Invoice", "Customer", "InvoiceBal1");
            case "arinvoicepay" -> Set.of("Customer", "Invoice", "Reference", "PaymentValue", "Journal");
            case "genjournalctl" -> Set.of("Journal", "JnlReference", "JnlYear", "JnlPeriod");
            default -> Set.of("StockCode", "Warehouse", "QtyOnHand", "QtyAllocated");
        };
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return row;
    }

    private static String value(Map<String, String> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).map(Map.Entry::getValue).findFirst().orElse("");
    }

    private static boolean compare(String actual, String condition, String expected) {
        int order;
        try {
            order = new BigDecimal(actual).compareTo(new BigDecimal(expected));
        } catch (NumberFormatException e) {
            order = actual.compareTo(expected);
        }
        return switch (condition.toUpperCase(Locale.ROOT)) {
            case "EQ" -> order == 0 && (actual.equals(expected) || isNumber(actual));
            case "NE" -> order != 0;
            case "LT" -> order < 0;
            case "LE" -> order <= 0;
            case "GT" -> order > 0;
            case "GE" -> order >= 0;
            default -> throw new EnetException("Condition '" + condition + "' is not valid");
        };
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // helpers --------------------------------------------------------------------------------------------

    /** A key element's trimmed text ({@code Key>name}), or "" when absent. */
    private static String key(In document, String name) {
        return document.path("Key", name).map(k -> k.element().getTextContent().trim()).orElse("");
    }

    /** Adds the item's field-error blocks; true when there were any. */
    private static boolean refused(Out item, List<ItemError> errors) {
        errors.forEach(e -> item.add(errorBlock(e)));
        return !errors.isEmpty();
    }

    /** The {@code StatusOfItems} trailer of a Transaction answer, counts zero-filled. */
    private static Out statusOfItems(Out root, int processed, int invalid) {
        return root.child("StatusOfItems").add("ItemsProcessed", EnetDocument.zeroFilled(processed))
                .add("ItemsInvalid", EnetDocument.zeroFilled(invalid));
    }

    private static Out errorBlock(ItemError e) {
        return new Out(e.element()).add("Value", e.value()).add("ErrorNumber", e.number()).add("ErrorDescription", e.description());
    }

    /** A number as SYSPRO reads it: plain decimals only (it refused long floats as "not numeric"). */
    private static BigDecimal number(String text, String element, List<ItemError> errors) {
        if (text.matches("-?\\d{1,13}(\\.\\d{1,6})?")) {
            return new BigDecimal(text);
        }
        errors.add(new ItemError(element, text, "100001", "'" + text + "' is not numeric"));
        return null;
    }

    /** A whole number as SYSPRO reads it; anything else is a field error block, not a failure of the emulator. */
    private static Integer whole(String text, String element, List<ItemError> errors) {
        if (text.matches("-?\\d{1,9}")) {
            return Integer.valueOf(text);
        }
        errors.add(new ItemError(element, text, "100001", "'" + text + "' is not numeric"));
        return null;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new EnetException("Date '" + text + "' is not valid");
        }
    }

    private static String pick(String given, String old) {
        return given.isEmpty() ? old : given;
    }
}
