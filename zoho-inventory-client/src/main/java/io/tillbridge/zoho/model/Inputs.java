package io.tillbridge.zoho.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Request bodies for creating and updating Zoho Inventory records (reference: zoho-inventory.md §3).
 * Null fields are left out of the JSON, so the same record serves a partial update. Required fields
 * are checked before sending. The larger ones are built with a builder ({@code SalesOrderInput.builder(customerId)}),
 * which names every field; the positional constructors remain for existing callers.
 *
 * <p>Lines carry {@code line_item_id} when they edit an existing line: an update without it adds a
 * new line instead. Each resource has the line fields Zoho documents for it — {@code purchase_rate}
 * on purchase orders, {@code location_id} where Zoho takes one.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * A sales-order or invoice line; {@code discount} is an amount or a percentage such as {@code "10%"}.
     *
     * @param lineItemId       the line being edited; null for a new line
     * @param salesorderItemId on an invoice line, the sales-order line it bills
     * @param locationId       where the goods come from, for organisations with locations
     */
    public record LineItemInput(String lineItemId, String itemId, String name, String description, BigDecimal rate,
                                @NotNull @Positive BigDecimal quantity, String discount, String taxId, String salesorderItemId,
                                String unit, String locationId) {

        public LineItemInput(String itemId, String name, String description, BigDecimal rate, BigDecimal quantity,
                             String discount, String taxId, String salesorderItemId, String unit) {
            this(null, itemId, name, description, rate, quantity, discount, taxId, salesorderItemId, unit, null);
        }

        public static LineItemInput of(String itemId, BigDecimal rate, BigDecimal quantity) {
            return new LineItemInput(null, itemId, null, null, rate, quantity, null, null, null, null, null);
        }

        /** The same line as an edit of the existing line {@code lineItemId}. */
        public LineItemInput editing(String lineItemId) {
            return new LineItemInput(lineItemId, itemId, name, description, rate, quantity, discount, taxId, salesorderItemId,
                    unit, locationId);
        }

        /** The same line taken from a location. */
        public LineItemInput at(String locationId) {
            return new LineItemInput(lineItemId, itemId, name, description, rate, quantity, discount, taxId, salesorderItemId,
                    unit, locationId);
        }
    }

    /** A sales order to create or fields to update. */
    public record SalesOrderInput(@NotBlank String customerId, String salesorderNumber, LocalDate date, LocalDate shipmentDate,
                                  String referenceNumber, @NotEmpty List<@Valid LineItemInput> lineItems, String discount,
                                  Boolean isDiscountBeforeTax, Boolean isInclusiveTax, BigDecimal shippingCharge,
                                  BigDecimal adjustment, String notes, List<CustomFieldValue> customFields, String locationId) {

        public SalesOrderInput(String customerId, String salesorderNumber, LocalDate date, LocalDate shipmentDate,
                               String referenceNumber, List<LineItemInput> lineItems, String discount, Boolean isDiscountBeforeTax,
                               Boolean isInclusiveTax, BigDecimal shippingCharge, BigDecimal adjustment, String notes,
                               List<CustomFieldValue> customFields) {
            this(customerId, salesorderNumber, date, shipmentDate, referenceNumber, lineItems, discount, isDiscountBeforeTax,
                    isInclusiveTax, shippingCharge, adjustment, notes, customFields, null);
        }

        public static Builder builder(String customerId) {
            return new Builder(customerId);
        }

        /** Builds a {@link SalesOrderInput}; only the customer and at least one line are required. */
        public static final class Builder {
            private final String customerId;
            private String salesorderNumber;
            private LocalDate date;
            private LocalDate shipmentDate;
            private String referenceNumber;
            private final List<LineItemInput> lineItems = new ArrayList<>();
            private String discount;
            private Boolean isDiscountBeforeTax;
            private Boolean isInclusiveTax;
            private BigDecimal shippingCharge;
            private BigDecimal adjustment;
            private String notes;
            private List<CustomFieldValue> customFields;
            private String locationId;

            private Builder(String customerId) {
                this.customerId = customerId;
            }

            /** The number, when the organisation does not number orders itself. */
            public Builder number(String salesorderNumber) {
                this.salesorderNumber = salesorderNumber;
                return this;
            }

            public Builder date(LocalDate date) {
                this.date = date;
                return this;
            }

            public Builder shipmentDate(LocalDate shipmentDate) {
                this.shipmentDate = shipmentDate;
                return this;
            }

            public Builder reference(String referenceNumber) {
                this.referenceNumber = referenceNumber;
                return this;
            }

            public Builder line(LineItemInput line) {
                lineItems.add(line);
                return this;
            }

            /** An order-level discount, an amount or {@code "10%"}, before or after tax. */
            public Builder discount(String discount, boolean beforeTax) {
                this.discount = discount;
                this.isDiscountBeforeTax = beforeTax;
                return this;
            }

            public Builder inclusiveTax(boolean inclusive) {
                this.isInclusiveTax = inclusive;
                return this;
            }

            public Builder shippingCharge(BigDecimal shippingCharge) {
                this.shippingCharge = shippingCharge;
                return this;
            }

            public Builder adjustment(BigDecimal adjustment) {
                this.adjustment = adjustment;
                return this;
            }

            public Builder notes(String notes) {
                this.notes = notes;
                return this;
            }

            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            public Builder location(String locationId) {
                this.locationId = locationId;
                return this;
            }

            public SalesOrderInput build() {
                return new SalesOrderInput(customerId, salesorderNumber, date, shipmentDate, referenceNumber, List.copyOf(lineItems),
                        discount, isDiscountBeforeTax, isInclusiveTax, shippingCharge, adjustment, notes, customFields, locationId);
            }
        }
    }

    /** Only custom fields, for the custom-field endpoints. */
    public record CustomFieldsUpdate(@NotEmpty List<CustomFieldValue> customFields) {
    }

    /** An item to create. */
    public record ItemInput(@NotBlank String name, String sku, BigDecimal rate, BigDecimal purchaseRate, String unit,
                            String itemType, String productType, String description, BigDecimal reorderLevel,
                            List<CustomFieldValue> customFields) {

        public static Builder builder(String name) {
            return new Builder(name);
        }

        /** Builds an {@link ItemInput}. */
        public static final class Builder {
            private final String name;
            private String sku;
            private BigDecimal rate;
            private BigDecimal purchaseRate;
            private String unit;
            private String itemType;
            private String productType;
            private String description;
            private BigDecimal reorderLevel;
            private List<CustomFieldValue> customFields;

            private Builder(String name) {
                this.name = name;
            }

            public Builder sku(String sku) {
                this.sku = sku;
                return this;
            }

            /** Selling and buying price. */
            public Builder prices(BigDecimal rate, BigDecimal purchaseRate) {
                this.rate = rate;
                this.purchaseRate = purchaseRate;
                return this;
            }

            public Builder unit(String unit) {
                this.unit = unit;
                return this;
            }

            /** {@code inventory|sales|purchases|sales_and_purchases} and {@code goods|service}. */
            public Builder type(String itemType, String productType) {
                this.itemType = itemType;
                this.productType = productType;
                return this;
            }

            public Builder description(String description) {
                this.description = description;
                return this;
            }

            public Builder reorderLevel(BigDecimal reorderLevel) {
                this.reorderLevel = reorderLevel;
                return this;
            }

            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            public ItemInput build() {
                return new ItemInput(name, sku, rate, purchaseRate, unit, itemType, productType, description, reorderLevel, customFields);
            }
        }
    }

    /**
     * A person at a contact.
     *
     * @param contactPersonId the person's {@code contact_person_id} when a contact update changes an existing person
     *                        (reference: zoho-inventory.md §3.3 contact persons); null for a new person
     */
    public record ContactPersonInput(String contactPersonId, String salutation, String firstName, String lastName, String email,
                                     String phone, String mobile, Boolean isPrimaryContact) {

        /** A new person. */
        public ContactPersonInput(String salutation, String firstName, String lastName, String email, String phone, String mobile,
                                  Boolean isPrimaryContact) {
            this(null, salutation, firstName, lastName, email, phone, mobile, isPrimaryContact);
        }
    }

    /** A contact (customer or vendor) to create; contacts name custom fields by {@code index} 1–10. */
    public record ContactInput(@NotBlank String contactName, String companyName, String contactType, String currencyId,
                               ZohoAddress billingAddress, ZohoAddress shippingAddress,
                               List<ContactPersonInput> contactPersons, List<CustomFieldValue> customFields) {

        public static Builder builder(String contactName) {
            return new Builder(contactName);
        }

        /** Builds a {@link ContactInput}. */
        public static final class Builder {
            private final String contactName;
            private String companyName;
            private String contactType;
            private String currencyId;
            private ZohoAddress billingAddress;
            private ZohoAddress shippingAddress;
            private final List<ContactPersonInput> contactPersons = new ArrayList<>();
            private List<CustomFieldValue> customFields;

            private Builder(String contactName) {
                this.contactName = contactName;
            }

            public Builder company(String companyName) {
                this.companyName = companyName;
                return this;
            }

            public Builder customer() {
                this.contactType = "customer";
                return this;
            }

            public Builder vendor() {
                this.contactType = "vendor";
                return this;
            }

            public Builder currencyId(String currencyId) {
                this.currencyId = currencyId;
                return this;
            }

            public Builder billingAddress(ZohoAddress address) {
                this.billingAddress = address;
                return this;
            }

            public Builder shippingAddress(ZohoAddress address) {
                this.shippingAddress = address;
                return this;
            }

            public Builder person(ContactPersonInput person) {
                contactPersons.add(person);
                return this;
            }

            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            public ContactInput build() {
                return new ContactInput(contactName, companyName, contactType, currencyId, billingAddress, shippingAddress,
                        contactPersons.isEmpty() ? null : List.copyOf(contactPersons), customFields);
            }
        }
    }

    /**
     * A purchase-order line: bought at {@code purchase_rate}, not sold at {@code rate}.
     *
     * @param lineItemId the line being edited; null for a new line
     * @param accountId  the expense or inventory account; Zoho's default when null
     */
    public record PurchaseOrderLineInput(String lineItemId, @NotBlank String itemId, String name, String description,
                                         BigDecimal purchaseRate, @NotNull @Positive BigDecimal quantity, String unit,
                                         String taxId, String accountId, String locationId) {

        public static PurchaseOrderLineInput of(String itemId, BigDecimal purchaseRate, BigDecimal quantity) {
            return new PurchaseOrderLineInput(null, itemId, null, null, purchaseRate, quantity, null, null, null, null);
        }
    }

    /** A purchase order to create. */
    public record PurchaseOrderInput(@NotBlank String vendorId, String purchaseorderNumber, LocalDate date, LocalDate deliveryDate,
                                     String referenceNumber, @NotEmpty List<@Valid PurchaseOrderLineInput> lineItems,
                                     List<CustomFieldValue> customFields, String locationId, String notes) {

        public static Builder builder(String vendorId) {
            return new Builder(vendorId);
        }

        /** Builds a {@link PurchaseOrderInput}. */
        public static final class Builder {
            private final String vendorId;
            private String purchaseorderNumber;
            private LocalDate date;
            private LocalDate deliveryDate;
            private String referenceNumber;
            private final List<PurchaseOrderLineInput> lineItems = new ArrayList<>();
            private List<CustomFieldValue> customFields;
            private String locationId;
            private String notes;

            private Builder(String vendorId) {
                this.vendorId = vendorId;
            }

            public Builder number(String purchaseorderNumber) {
                this.purchaseorderNumber = purchaseorderNumber;
                return this;
            }

            public Builder date(LocalDate date) {
                this.date = date;
                return this;
            }

            public Builder deliveryDate(LocalDate deliveryDate) {
                this.deliveryDate = deliveryDate;
                return this;
            }

            public Builder reference(String referenceNumber) {
                this.referenceNumber = referenceNumber;
                return this;
            }

            public Builder line(PurchaseOrderLineInput line) {
                lineItems.add(line);
                return this;
            }

            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            /** The location the goods are delivered to. */
            public Builder location(String locationId) {
                this.locationId = locationId;
                return this;
            }

            public Builder notes(String notes) {
                this.notes = notes;
                return this;
            }

            public PurchaseOrderInput build() {
                return new PurchaseOrderInput(vendorId, purchaseorderNumber, date, deliveryDate, referenceNumber,
                        List.copyOf(lineItems), customFields, locationId, notes);
            }
        }
    }

    /** An invoice to create; lines may carry {@code salesorder_item_id} to link them to a sales order. */
    public record InvoiceInput(@NotBlank String customerId, String invoiceNumber, LocalDate date, LocalDate dueDate,
                               String referenceNumber, @NotEmpty List<@Valid LineItemInput> lineItems,
                               List<CustomFieldValue> customFields, String locationId) {

        public InvoiceInput(String customerId, String invoiceNumber, LocalDate date, LocalDate dueDate, String referenceNumber,
                            List<LineItemInput> lineItems, List<CustomFieldValue> customFields) {
            this(customerId, invoiceNumber, date, dueDate, referenceNumber, lineItems, customFields, null);
        }

        public static Builder builder(String customerId) {
            return new Builder(customerId);
        }

        /** Builds an {@link InvoiceInput}. */
        public static final class Builder {
            private final String customerId;
            private String invoiceNumber;
            private LocalDate date;
            private LocalDate dueDate;
            private String referenceNumber;
            private final List<LineItemInput> lineItems = new ArrayList<>();
            private List<CustomFieldValue> customFields;
            private String locationId;

            private Builder(String customerId) {
                this.customerId = customerId;
            }

            public Builder number(String invoiceNumber) {
                this.invoiceNumber = invoiceNumber;
                return this;
            }

            public Builder dates(LocalDate date, LocalDate dueDate) {
                this.date = date;
                this.dueDate = dueDate;
                return this;
            }

            public Builder reference(String referenceNumber) {
                this.referenceNumber = referenceNumber;
                return this;
            }

            public Builder line(LineItemInput line) {
                lineItems.add(line);
                return this;
            }

            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            public Builder location(String locationId) {
                this.locationId = locationId;
                return this;
            }

            public InvoiceInput build() {
                return new InvoiceInput(customerId, invoiceNumber, date, dueDate, referenceNumber, List.copyOf(lineItems),
                        customFields, locationId);
            }
        }
    }

    /** One invoice a payment pays. */
    public record InvoicePayment(@NotBlank String invoiceId, @NotNull @Positive BigDecimal amountApplied) {
    }

    /**
     * A customer payment to record against invoices.
     *
     * @param paymentMode check, cash, creditcard, banktransfer, bankremittance, autotransaction, others
     */
    public record CustomerPaymentInput(@NotBlank String customerId, @NotBlank String paymentMode,
                                       @NotNull @Positive BigDecimal amount, LocalDate date, String referenceNumber,
                                       String description, @NotEmpty List<@Valid InvoicePayment> invoices,
                                       BigDecimal bankCharges, String accountId, List<CustomFieldValue> customFields,
                                       String locationId) {

        public CustomerPaymentInput(String customerId, String paymentMode, BigDecimal amount, LocalDate date,
                                    String referenceNumber, String description, List<InvoicePayment> invoices,
                                    BigDecimal bankCharges, String accountId, List<CustomFieldValue> customFields) {
            this(customerId, paymentMode, amount, date, referenceNumber, description, invoices, bankCharges, accountId,
                    customFields, null);
        }

        public static Builder builder(String customerId, String paymentMode, BigDecimal amount) {
            return new Builder(customerId, paymentMode, amount);
        }

        /** Builds a {@link CustomerPaymentInput}. */
        public static final class Builder {
            private final String customerId;
            private final String paymentMode;
            private final BigDecimal amount;
            private LocalDate date;
            private String referenceNumber;
            private String description;
            private final List<InvoicePayment> invoices = new ArrayList<>();
            private BigDecimal bankCharges;
            private String accountId;
            private List<CustomFieldValue> customFields;
            private String locationId;

            private Builder(String customerId, String paymentMode, BigDecimal amount) {
                this.customerId = customerId;
                this.paymentMode = paymentMode;
                this.amount = amount;
            }

            public Builder date(LocalDate date) {
                this.date = date;
                return this;
            }

            public Builder reference(String referenceNumber) {
                this.referenceNumber = referenceNumber;
                return this;
            }

            public Builder description(String description) {
                this.description = description;
                return this;
            }

            public Builder applyTo(String invoiceId, BigDecimal amountApplied) {
                invoices.add(new InvoicePayment(invoiceId, amountApplied));
                return this;
            }

            public Builder bankCharges(BigDecimal bankCharges) {
                this.bankCharges = bankCharges;
                return this;
            }

            /** The account the money is deposited to. */
            public Builder depositTo(String accountId) {
                this.accountId = accountId;
                return this;
            }

            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            public Builder location(String locationId) {
                this.locationId = locationId;
                return this;
            }

            public CustomerPaymentInput build() {
                return new CustomerPaymentInput(customerId, paymentMode, amount, date, referenceNumber, description,
                        List.copyOf(invoices), bankCharges, accountId, customFields, locationId);
            }
        }
    }

    /**
     * A credit-note line; {@code salesreturnItemId} ties it to a return, {@code isReturnedToStock}
     * makes Zoho itself put the goods back into stock.
     */
    public record CreditNoteLineInput(String lineItemId, String itemId, String name, String description, BigDecimal rate,
                                      @NotNull @Positive BigDecimal quantity, String invoiceId, String invoiceItemId,
                                      String salesreturnItemId, Boolean isReturnedToStock, String locationId) {

        public CreditNoteLineInput(String itemId, String name, String description, BigDecimal rate, BigDecimal quantity,
                                   String invoiceId, String invoiceItemId, String salesreturnItemId, Boolean isReturnedToStock) {
            this(null, itemId, name, description, rate, quantity, invoiceId, invoiceItemId, salesreturnItemId, isReturnedToStock, null);
        }
    }

    /** A credit note to create. */
    public record CreditNoteInput(@NotBlank String customerId, @NotNull LocalDate date, String creditnoteNumber,
                                  String referenceNumber, @NotEmpty List<@Valid CreditNoteLineInput> lineItems,
                                  List<CustomFieldValue> customFields, String locationId) {

        public CreditNoteInput(String customerId, LocalDate date, String creditnoteNumber, String referenceNumber,
                               List<CreditNoteLineInput> lineItems, List<CustomFieldValue> customFields) {
            this(customerId, date, creditnoteNumber, referenceNumber, lineItems, customFields, null);
        }
    }

    /** A refund of a credit note. */
    public record CreditNoteRefundInput(@NotNull LocalDate date, String refundMode, String referenceNumber,
                                        @NotNull @Positive BigDecimal amount, String description, String fromAccountId) {
    }

    /** A returned line. */
    public record ReturnLineInput(@NotBlank String itemId, @NotBlank String salesorderItemId, @NotNull @Positive BigDecimal quantity,
                                  String locationId) {

        public ReturnLineInput(String itemId, String salesorderItemId, BigDecimal quantity) {
            this(itemId, salesorderItemId, quantity, null);
        }
    }

    /** A sales return to create for a sales order. */
    public record SalesReturnInput(String salesreturnNumber, @NotNull LocalDate date, String reason,
                                   @NotEmpty List<@Valid ReturnLineInput> lineItems, String locationId) {

        public SalesReturnInput(String salesreturnNumber, LocalDate date, String reason, List<ReturnLineInput> lineItems) {
            this(salesreturnNumber, date, reason, lineItems, null);
        }
    }

    /** A stock change: positive adds, negative removes. */
    public record AdjustmentLineInput(@NotBlank String itemId, @NotNull BigDecimal quantityAdjusted, String locationId) {

        public AdjustmentLineInput(String itemId, BigDecimal quantityAdjusted) {
            this(itemId, quantityAdjusted, null);
        }
    }

    /**
     * An inventory adjustment to create.
     *
     * @param adjustmentType quantity or value
     */
    public record InventoryAdjustmentInput(@NotNull LocalDate date, @NotBlank String reason, @NotBlank String adjustmentType,
                                           String description, String referenceNumber,
                                           @NotEmpty List<@Valid AdjustmentLineInput> lineItems, String locationId) {

        public InventoryAdjustmentInput(LocalDate date, String reason, String adjustmentType, String description,
                                        String referenceNumber, List<AdjustmentLineInput> lineItems) {
            this(date, reason, adjustmentType, description, referenceNumber, lineItems, null);
        }
    }

    /** A packed line of a sales order. */
    public record PackageLineInput(@NotBlank String soLineItemId, @NotNull @Positive BigDecimal quantity) {
    }

    /** A package to create for a sales order. */
    public record PackageInput(String packageNumber, @NotNull LocalDate date, @NotEmpty List<@Valid PackageLineInput> lineItems,
                               String notes) {
    }
}
