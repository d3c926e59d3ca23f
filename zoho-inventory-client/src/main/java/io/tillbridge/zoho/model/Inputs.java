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
 * which names every field, and changed with {@code toBuilder()}; the positional constructors remain for existing callers.
 *
 * <p>Lines carry {@code line_item_id} when they edit an existing line: an update without it adds a
 * new line instead. Each resource has the line fields Zoho documents for it — {@code purchase_rate}
 * on purchase orders, {@code location_id} where Zoho takes one.
 */
public final class Inputs {

    private Inputs() {
    }

    /** A null added to a builder's list would fail later inside List.copyOf; the host gets the argument named now. */
    private static <T> T present(String field, T value) {
        if (value == null) {
            throw new io.tillbridge.client.ValidationException(field, "is missing");
        }
        return value;
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

        /**
         * The positional form kept for existing callers: a new line (no {@code line_item_id}) with no {@code
         * location_id}.
         *
         * @param itemId           Zoho's {@code item_id}
         * @param name             Zoho's {@code name}
         * @param description      Zoho's {@code description}
         * @param rate             Zoho's {@code rate}
         * @param quantity         Zoho's {@code quantity}
         * @param discount         Zoho's {@code discount}
         * @param taxId            Zoho's {@code tax_id}
         * @param salesorderItemId on an invoice line, the sales-order line it bills
         * @param unit             Zoho's {@code unit}
         */
        public LineItemInput(String itemId, String name, String description, BigDecimal rate, BigDecimal quantity,
                             String discount, String taxId, String salesorderItemId, String unit) {
            this(null, itemId, name, description, rate, quantity, discount, taxId, salesorderItemId, unit, null);
        }

        /**
         * A new line of an item at a rate.
         *
         * @param itemId   Zoho's {@code item_id}
         * @param rate     Zoho's {@code rate}
         * @param quantity Zoho's {@code quantity}
         * @return the line
         */
        public static LineItemInput of(String itemId, BigDecimal rate, BigDecimal quantity) {
            return new LineItemInput(null, itemId, null, null, rate, quantity, null, null, null, null, null);
        }

        /**
         * The same line as an edit of the existing line {@code lineItemId}.
         *
         * @param lineItemId the existing line's id
         * @return the edited line
         */
        public LineItemInput editing(String lineItemId) {
            return new LineItemInput(lineItemId, itemId, name, description, rate, quantity, discount, taxId, salesorderItemId,
                    unit, locationId);
        }

        /**
         * The same line taken from a location.
         *
         * @param locationId the location's id
         * @return the line
         */
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

        /**
         * The positional form kept for existing callers; it sends no {@code location_id}.
         *
         * @param customerId          Zoho's {@code customer_id}
         * @param salesorderNumber    Zoho's {@code salesorder_number}
         * @param date                Zoho's {@code date}
         * @param shipmentDate        Zoho's {@code shipment_date}
         * @param referenceNumber     Zoho's {@code reference_number}
         * @param lineItems           Zoho's {@code line_items}
         * @param discount            Zoho's {@code discount}
         * @param isDiscountBeforeTax Zoho's {@code is_discount_before_tax}
         * @param isInclusiveTax      Zoho's {@code is_inclusive_tax}
         * @param shippingCharge      Zoho's {@code shipping_charge}
         * @param adjustment          Zoho's {@code adjustment}
         * @param notes               Zoho's {@code notes}
         * @param customFields        Zoho's {@code custom_fields}
         */
        public SalesOrderInput(String customerId, String salesorderNumber, LocalDate date, LocalDate shipmentDate,
                               String referenceNumber, List<LineItemInput> lineItems, String discount, Boolean isDiscountBeforeTax,
                               Boolean isInclusiveTax, BigDecimal shippingCharge, BigDecimal adjustment, String notes,
                               List<CustomFieldValue> customFields) {
            this(customerId, salesorderNumber, date, shipmentDate, referenceNumber, lineItems, discount, isDiscountBeforeTax,
                    isInclusiveTax, shippingCharge, adjustment, notes, customFields, null);
        }

        /**
         * Starts a sales order for {@code customerId}.
         *
         * @param customerId Zoho's {@code customer_id}
         * @return a new builder
         */
        public static Builder builder(String customerId) {
            return new Builder(customerId);
        }

        /**
         * A builder holding this sales order's values, to change some of them; this one is left as it is.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            Builder builder = new Builder(customerId);
            builder.salesorderNumber = salesorderNumber;
            builder.date = date;
            builder.shipmentDate = shipmentDate;
            builder.referenceNumber = referenceNumber;
            builder.discount = discount;
            builder.isDiscountBeforeTax = isDiscountBeforeTax;
            builder.isInclusiveTax = isInclusiveTax;
            builder.shippingCharge = shippingCharge;
            builder.adjustment = adjustment;
            builder.notes = notes;
            builder.customFields = customFields;
            builder.locationId = locationId;
            if (lineItems != null) {
                builder.lineItems.addAll(lineItems);
            }
            return builder;
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

            /**
             * The number, when the organisation does not number orders itself.
             *
             * @param salesorderNumber the number
             * @return this builder
             */
            public Builder number(String salesorderNumber) {
                this.salesorderNumber = salesorderNumber;
                return this;
            }

            /**
             * The order date.
             *
             * @param date the date
             * @return this builder
             */
            public Builder date(LocalDate date) {
                this.date = date;
                return this;
            }

            /**
             * The expected shipment date.
             *
             * @param shipmentDate the date
             * @return this builder
             */
            public Builder shipmentDate(LocalDate shipmentDate) {
                this.shipmentDate = shipmentDate;
                return this;
            }

            /**
             * The reference number, such as the web shop's order number.
             *
             * @param referenceNumber the reference
             * @return this builder
             */
            public Builder reference(String referenceNumber) {
                this.referenceNumber = referenceNumber;
                return this;
            }

            /**
             * Adds a line.
             *
             * @param line the line
             * @return this builder
             */
            public Builder line(LineItemInput line) {
                lineItems.add(present("line", line));
                return this;
            }

            /**
             * An order-level discount, an amount or {@code "10%"}, before or after tax.
             *
             * @param discount  the discount
             * @param beforeTax whether it applies before tax
             * @return this builder
             */
            public Builder discount(String discount, boolean beforeTax) {
                this.discount = discount;
                this.isDiscountBeforeTax = beforeTax;
                return this;
            }

            /**
             * Whether line rates include tax.
             *
             * @param inclusive true when rates include tax
             * @return this builder
             */
            public Builder inclusiveTax(boolean inclusive) {
                this.isInclusiveTax = inclusive;
                return this;
            }

            /**
             * The shipping charge.
             *
             * @param shippingCharge the charge
             * @return this builder
             */
            public Builder shippingCharge(BigDecimal shippingCharge) {
                this.shippingCharge = shippingCharge;
                return this;
            }

            /**
             * An adjustment added to the total, such as rounding.
             *
             * @param adjustment the amount; negative to subtract
             * @return this builder
             */
            public Builder adjustment(BigDecimal adjustment) {
                this.adjustment = adjustment;
                return this;
            }

            /**
             * Notes printed on the order.
             *
             * @param notes the notes
             * @return this builder
             */
            public Builder notes(String notes) {
                this.notes = notes;
                return this;
            }

            /**
             * Custom field values.
             *
             * @param customFields the values
             * @return this builder
             */
            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            /**
             * The location the goods come from.
             *
             * @param locationId the location's id
             * @return this builder
             */
            public Builder location(String locationId) {
                this.locationId = locationId;
                return this;
            }

            /**
             * Builds the input; required fields are checked when it is sent.
             *
             * @return the input
             */
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

        /**
         * Starts an item called {@code name}.
         *
         * @param name Zoho's {@code name}
         * @return a new builder
         */
        public static Builder builder(String name) {
            return new Builder(name);
        }

        /**
         * A builder holding this item's values, to change some of them; this one is left as it is.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            Builder builder = new Builder(name);
            builder.sku = sku;
            builder.rate = rate;
            builder.purchaseRate = purchaseRate;
            builder.unit = unit;
            builder.itemType = itemType;
            builder.productType = productType;
            builder.description = description;
            builder.reorderLevel = reorderLevel;
            builder.customFields = customFields;
            return builder;
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

            /**
             * The stock-keeping unit.
             *
             * @param sku the SKU
             * @return this builder
             */
            public Builder sku(String sku) {
                this.sku = sku;
                return this;
            }

            /**
             * Selling and buying price.
             *
             * @param rate         the selling price
             * @param purchaseRate the buying price
             * @return this builder
             */
            public Builder prices(BigDecimal rate, BigDecimal purchaseRate) {
                this.rate = rate;
                this.purchaseRate = purchaseRate;
                return this;
            }

            /**
             * The unit, such as {@code pcs}.
             *
             * @param unit the unit
             * @return this builder
             */
            public Builder unit(String unit) {
                this.unit = unit;
                return this;
            }

            /**
             * {@code inventory|sales|purchases|sales_and_purchases} and {@code goods|service}.
             *
             * @param itemType    the item type
             * @param productType the product type
             * @return this builder
             */
            public Builder type(String itemType, String productType) {
                this.itemType = itemType;
                this.productType = productType;
                return this;
            }

            /**
             * A description.
             *
             * @param description the description
             * @return this builder
             */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /**
             * The stock level at which Zoho warns to reorder.
             *
             * @param reorderLevel the level
             * @return this builder
             */
            public Builder reorderLevel(BigDecimal reorderLevel) {
                this.reorderLevel = reorderLevel;
                return this;
            }

            /**
             * Custom field values.
             *
             * @param customFields the values
             * @return this builder
             */
            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            /**
             * Builds the input; required fields are checked when it is sent.
             *
             * @return the input
             */
            public ItemInput build() {
                return new ItemInput(name, sku, rate, purchaseRate, unit, itemType, productType, description, reorderLevel, customFields);
            }
        }
    }

    /**
     * A person at a contact.
     *
     * @param contactPersonId  the person's {@code contact_person_id} when a contact update changes an existing person
     *                         (reference: zoho-inventory.md §3.3 contact persons); null for a new person
     * @param salutation       {@code salutation}
     * @param firstName        {@code first_name}
     * @param lastName         {@code last_name}
     * @param email            {@code email}
     * @param phone            {@code phone}
     * @param mobile           {@code mobile}
     * @param isPrimaryContact {@code is_primary_contact}
     */
    public record ContactPersonInput(String contactPersonId, String salutation, String firstName, String lastName, String email,
                                     String phone, String mobile, Boolean isPrimaryContact) {

        /**
         * A new person.
         *
         * @param salutation       {@code salutation}
         * @param firstName        {@code first_name}
         * @param lastName         {@code last_name}
         * @param email            {@code email}
         * @param phone            {@code phone}
         * @param mobile           {@code mobile}
         * @param isPrimaryContact {@code is_primary_contact}
         */
        public ContactPersonInput(String salutation, String firstName, String lastName, String email, String phone, String mobile,
                                  Boolean isPrimaryContact) {
            this(null, salutation, firstName, lastName, email, phone, mobile, isPrimaryContact);
        }
    }

    /** A contact (customer or vendor) to create; contacts name custom fields by {@code index} 1–10. */
    public record ContactInput(@NotBlank String contactName, String companyName, String contactType, String currencyId,
                               ZohoAddress billingAddress, ZohoAddress shippingAddress,
                               List<ContactPersonInput> contactPersons, List<CustomFieldValue> customFields) {

        /**
         * Starts a contact called {@code contactName}.
         *
         * @param contactName Zoho's {@code contact_name}
         * @return a new builder
         */
        public static Builder builder(String contactName) {
            return new Builder(contactName);
        }

        /**
         * A builder holding this contact's values, to change some of them; this one is left as it is.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            Builder builder = new Builder(contactName);
            builder.companyName = companyName;
            builder.contactType = contactType;
            builder.currencyId = currencyId;
            builder.billingAddress = billingAddress;
            builder.shippingAddress = shippingAddress;
            builder.customFields = customFields;
            if (contactPersons != null) {
                builder.contactPersons.addAll(contactPersons);
            }
            return builder;
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

            /**
             * The company name.
             *
             * @param companyName the name
             * @return this builder
             */
            public Builder company(String companyName) {
                this.companyName = companyName;
                return this;
            }

            /**
             * Makes the contact a customer.
             *
             * @return this builder
             */
            public Builder customer() {
                this.contactType = "customer";
                return this;
            }

            /**
             * Makes the contact a vendor.
             *
             * @return this builder
             */
            public Builder vendor() {
                this.contactType = "vendor";
                return this;
            }

            /**
             * The contact's currency.
             *
             * @param currencyId Zoho's currency id
             * @return this builder
             */
            public Builder currencyId(String currencyId) {
                this.currencyId = currencyId;
                return this;
            }

            /**
             * The billing address.
             *
             * @param address the address
             * @return this builder
             */
            public Builder billingAddress(ZohoAddress address) {
                this.billingAddress = address;
                return this;
            }

            /**
             * The shipping address.
             *
             * @param address the address
             * @return this builder
             */
            public Builder shippingAddress(ZohoAddress address) {
                this.shippingAddress = address;
                return this;
            }

            /**
             * Adds a contact person.
             *
             * @param person the person
             * @return this builder
             */
            public Builder person(ContactPersonInput person) {
                contactPersons.add(present("person", person));
                return this;
            }

            /**
             * Custom field values.
             *
             * @param customFields the values
             * @return this builder
             */
            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            /**
             * Builds the input; required fields are checked when it is sent.
             *
             * @return the input
             */
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

        /**
         * A new line of an item at a purchase rate.
         *
         * @param itemId       Zoho's {@code item_id}
         * @param purchaseRate Zoho's {@code purchase_rate}
         * @param quantity     Zoho's {@code quantity}
         * @return the line
         */
        public static PurchaseOrderLineInput of(String itemId, BigDecimal purchaseRate, BigDecimal quantity) {
            return new PurchaseOrderLineInput(null, itemId, null, null, purchaseRate, quantity, null, null, null, null);
        }

        /**
         * The same line as an edit of the existing line {@code lineItemId}; without it an update adds a line.
         *
         * @param lineItemId the existing line's id
         * @return the edited line
         */
        public PurchaseOrderLineInput editing(String lineItemId) {
            return new PurchaseOrderLineInput(lineItemId, itemId, name, description, purchaseRate, quantity, unit, taxId, accountId,
                    locationId);
        }

        /**
         * The same line delivered to a location.
         *
         * @param locationId the location's id
         * @return the line
         */
        public PurchaseOrderLineInput at(String locationId) {
            return new PurchaseOrderLineInput(lineItemId, itemId, name, description, purchaseRate, quantity, unit, taxId, accountId,
                    locationId);
        }
    }

    /** A purchase order to create. */
    public record PurchaseOrderInput(@NotBlank String vendorId, String purchaseorderNumber, LocalDate date, LocalDate deliveryDate,
                                     String referenceNumber, @NotEmpty List<@Valid PurchaseOrderLineInput> lineItems,
                                     List<CustomFieldValue> customFields, String locationId, String notes) {

        /**
         * Starts a purchase order from {@code vendorId}.
         *
         * @param vendorId Zoho's {@code vendor_id}
         * @return a new builder
         */
        public static Builder builder(String vendorId) {
            return new Builder(vendorId);
        }

        /**
         * A builder holding this purchase order's values, to change some of them; this one is left as it is.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            Builder builder = new Builder(vendorId);
            builder.purchaseorderNumber = purchaseorderNumber;
            builder.date = date;
            builder.deliveryDate = deliveryDate;
            builder.referenceNumber = referenceNumber;
            builder.customFields = customFields;
            builder.locationId = locationId;
            builder.notes = notes;
            if (lineItems != null) {
                builder.lineItems.addAll(lineItems);
            }
            return builder;
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

            /**
             * The number, when the organisation does not number purchase orders itself.
             *
             * @param purchaseorderNumber the number
             * @return this builder
             */
            public Builder number(String purchaseorderNumber) {
                this.purchaseorderNumber = purchaseorderNumber;
                return this;
            }

            /**
             * The order date.
             *
             * @param date the date
             * @return this builder
             */
            public Builder date(LocalDate date) {
                this.date = date;
                return this;
            }

            /**
             * The expected delivery date.
             *
             * @param deliveryDate the date
             * @return this builder
             */
            public Builder deliveryDate(LocalDate deliveryDate) {
                this.deliveryDate = deliveryDate;
                return this;
            }

            /**
             * The reference number.
             *
             * @param referenceNumber the reference
             * @return this builder
             */
            public Builder reference(String referenceNumber) {
                this.referenceNumber = referenceNumber;
                return this;
            }

            /**
             * Adds a line.
             *
             * @param line the line
             * @return this builder
             */
            public Builder line(PurchaseOrderLineInput line) {
                lineItems.add(present("line", line));
                return this;
            }

            /**
             * Custom field values.
             *
             * @param customFields the values
             * @return this builder
             */
            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            /**
             * The location the goods are delivered to.
             *
             * @param locationId the location's id
             * @return this builder
             */
            public Builder location(String locationId) {
                this.locationId = locationId;
                return this;
            }

            /**
             * Notes printed on the order.
             *
             * @param notes the notes
             * @return this builder
             */
            public Builder notes(String notes) {
                this.notes = notes;
                return this;
            }

            /**
             * Builds the input; required fields are checked when it is sent.
             *
             * @return the input
             */
            public PurchaseOrderInput build() {
                return new PurchaseOrderInput(vendorId, purchaseorderNumber, date, deliveryDate, referenceNumber,
                        List.copyOf(lineItems), customFields, locationId, notes);
            }
        }
    }

    /**
     * An invoice to create ({@code POST /invoices}, the documented create). A line carrying {@code salesorder_item_id}
     * (the sales-order line's {@code line_item_id}) associates the invoice with that sales order, and
     * {@code reference_number} is set in the same call.
     *
     * @param discount            Zoho's {@code discount}: an amount or a percentage such as {@code "10%"}
     * @param isDiscountBeforeTax Zoho's {@code is_discount_before_tax}
     * @param isInclusiveTax      Zoho's {@code is_inclusive_tax}
     * @param shippingCharge      Zoho's {@code shipping_charge}
     * @param adjustment          Zoho's {@code adjustment}
     */
    public record InvoiceInput(@NotBlank String customerId, String invoiceNumber, LocalDate date, LocalDate dueDate,
                               String referenceNumber, @NotEmpty List<@Valid LineItemInput> lineItems,
                               List<CustomFieldValue> customFields, String locationId, String discount,
                               Boolean isDiscountBeforeTax, Boolean isInclusiveTax, BigDecimal shippingCharge,
                               BigDecimal adjustment) {

        /**
         * The positional form kept for existing callers; it sends no order-level discount, tax, shipping or adjustment.
         *
         * @param customerId      Zoho's {@code customer_id}
         * @param invoiceNumber   Zoho's {@code invoice_number}
         * @param date            Zoho's {@code date}
         * @param dueDate         Zoho's {@code due_date}
         * @param referenceNumber Zoho's {@code reference_number}
         * @param lineItems       Zoho's {@code line_items}
         * @param customFields    Zoho's {@code custom_fields}
         * @param locationId      Zoho's {@code location_id}
         */
        public InvoiceInput(String customerId, String invoiceNumber, LocalDate date, LocalDate dueDate, String referenceNumber,
                            List<LineItemInput> lineItems, List<CustomFieldValue> customFields, String locationId) {
            this(customerId, invoiceNumber, date, dueDate, referenceNumber, lineItems, customFields, locationId, null, null, null,
                    null, null);
        }

        /**
         * The positional form kept for existing callers; it sends no {@code location_id}.
         *
         * @param customerId      Zoho's {@code customer_id}
         * @param invoiceNumber   Zoho's {@code invoice_number}
         * @param date            Zoho's {@code date}
         * @param dueDate         Zoho's {@code due_date}
         * @param referenceNumber Zoho's {@code reference_number}
         * @param lineItems       Zoho's {@code line_items}
         * @param customFields    Zoho's {@code custom_fields}
         */
        public InvoiceInput(String customerId, String invoiceNumber, LocalDate date, LocalDate dueDate, String referenceNumber,
                            List<LineItemInput> lineItems, List<CustomFieldValue> customFields) {
            this(customerId, invoiceNumber, date, dueDate, referenceNumber, lineItems, customFields, null);
        }

        /**
         * Starts an invoice for {@code customerId}.
         *
         * @param customerId Zoho's {@code customer_id}
         * @return a new builder
         */
        public static Builder builder(String customerId) {
            return new Builder(customerId);
        }

        /**
         * A builder holding this invoice's values, to change some of them; this one is left as it is.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            Builder builder = new Builder(customerId);
            builder.invoiceNumber = invoiceNumber;
            builder.date = date;
            builder.dueDate = dueDate;
            builder.referenceNumber = referenceNumber;
            builder.customFields = customFields;
            builder.locationId = locationId;
            builder.discount = discount;
            builder.isDiscountBeforeTax = isDiscountBeforeTax;
            builder.isInclusiveTax = isInclusiveTax;
            builder.shippingCharge = shippingCharge;
            builder.adjustment = adjustment;
            if (lineItems != null) {
                builder.lineItems.addAll(lineItems);
            }
            return builder;
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
            private String discount;
            private Boolean isDiscountBeforeTax;
            private Boolean isInclusiveTax;
            private BigDecimal shippingCharge;
            private BigDecimal adjustment;

            private Builder(String customerId) {
                this.customerId = customerId;
            }

            /**
             * The number, when the organisation does not number invoices itself.
             *
             * @param invoiceNumber the number
             * @return this builder
             */
            public Builder number(String invoiceNumber) {
                this.invoiceNumber = invoiceNumber;
                return this;
            }

            /**
             * The invoice and due dates.
             *
             * @param date    the invoice date
             * @param dueDate the due date
             * @return this builder
             */
            public Builder dates(LocalDate date, LocalDate dueDate) {
                this.date = date;
                this.dueDate = dueDate;
                return this;
            }

            /**
             * The reference number.
             *
             * @param referenceNumber the reference
             * @return this builder
             */
            public Builder reference(String referenceNumber) {
                this.referenceNumber = referenceNumber;
                return this;
            }

            /**
             * Adds a line.
             *
             * @param line the line
             * @return this builder
             */
            public Builder line(LineItemInput line) {
                lineItems.add(present("line", line));
                return this;
            }

            /**
             * Custom field values.
             *
             * @param customFields the values
             * @return this builder
             */
            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            /**
             * An invoice-level discount, an amount or {@code "10%"}, before or after tax.
             *
             * @param discount  the discount
             * @param beforeTax whether it applies before tax
             * @return this builder
             */
            public Builder discount(String discount, boolean beforeTax) {
                this.discount = discount;
                this.isDiscountBeforeTax = beforeTax;
                return this;
            }

            /**
             * Whether line rates include tax.
             *
             * @param inclusive true when rates include tax
             * @return this builder
             */
            public Builder inclusiveTax(boolean inclusive) {
                this.isInclusiveTax = inclusive;
                return this;
            }

            /**
             * The shipping charge.
             *
             * @param shippingCharge the charge
             * @return this builder
             */
            public Builder shippingCharge(BigDecimal shippingCharge) {
                this.shippingCharge = shippingCharge;
                return this;
            }

            /**
             * An adjustment added to the total, such as rounding.
             *
             * @param adjustment the amount; negative to subtract
             * @return this builder
             */
            public Builder adjustment(BigDecimal adjustment) {
                this.adjustment = adjustment;
                return this;
            }

            /**
             * The location the goods come from.
             *
             * @param locationId the location's id
             * @return this builder
             */
            public Builder location(String locationId) {
                this.locationId = locationId;
                return this;
            }

            /**
             * Builds the input; required fields are checked when it is sent.
             *
             * @return the input
             */
            public InvoiceInput build() {
                return new InvoiceInput(customerId, invoiceNumber, date, dueDate, referenceNumber, List.copyOf(lineItems),
                        customFields, locationId, discount, isDiscountBeforeTax, isInclusiveTax, shippingCharge, adjustment);
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

        /**
         * The positional form kept for existing callers; it sends no {@code location_id}.
         *
         * @param customerId      Zoho's {@code customer_id}
         * @param paymentMode     check, cash, creditcard, banktransfer, bankremittance, autotransaction, others
         * @param amount          Zoho's {@code amount}
         * @param date            Zoho's {@code date}
         * @param referenceNumber Zoho's {@code reference_number}
         * @param description     Zoho's {@code description}
         * @param invoices        Zoho's {@code invoices}
         * @param bankCharges     Zoho's {@code bank_charges}
         * @param accountId       Zoho's {@code account_id}
         * @param customFields    Zoho's {@code custom_fields}
         */
        public CustomerPaymentInput(String customerId, String paymentMode, BigDecimal amount, LocalDate date,
                                    String referenceNumber, String description, List<InvoicePayment> invoices,
                                    BigDecimal bankCharges, String accountId, List<CustomFieldValue> customFields) {
            this(customerId, paymentMode, amount, date, referenceNumber, description, invoices, bankCharges, accountId,
                    customFields, null);
        }

        /**
         * Starts a payment of {@code amount} by {@code customerId}.
         *
         * @param customerId  Zoho's {@code customer_id}
         * @param paymentMode check, cash, creditcard, banktransfer, bankremittance, autotransaction, others
         * @param amount      Zoho's {@code amount}
         * @return a new builder
         */
        public static Builder builder(String customerId, String paymentMode, BigDecimal amount) {
            return new Builder(customerId, paymentMode, amount);
        }

        /**
         * A builder holding this payment's values, to change some of them; this one is left as it is.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            Builder builder = new Builder(customerId, paymentMode, amount);
            builder.date = date;
            builder.referenceNumber = referenceNumber;
            builder.description = description;
            builder.bankCharges = bankCharges;
            builder.accountId = accountId;
            builder.customFields = customFields;
            builder.locationId = locationId;
            if (invoices != null) {
                builder.invoices.addAll(invoices);
            }
            return builder;
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

            /**
             * The payment date.
             *
             * @param date the date
             * @return this builder
             */
            public Builder date(LocalDate date) {
                this.date = date;
                return this;
            }

            /**
             * The payment's reference number.
             *
             * @param referenceNumber the reference, such as an Opayo vendorTxCode
             * @return this builder
             */
            public Builder reference(String referenceNumber) {
                this.referenceNumber = referenceNumber;
                return this;
            }

            /**
             * A description.
             *
             * @param description the description
             * @return this builder
             */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /**
             * Applies part of the payment to an invoice.
             *
             * @param invoiceId     the invoice's id
             * @param amountApplied the amount applied to it
             * @return this builder
             */
            public Builder applyTo(String invoiceId, BigDecimal amountApplied) {
                invoices.add(new InvoicePayment(invoiceId, amountApplied));
                return this;
            }

            /**
             * Bank charges taken from the payment.
             *
             * @param bankCharges the charges
             * @return this builder
             */
            public Builder bankCharges(BigDecimal bankCharges) {
                this.bankCharges = bankCharges;
                return this;
            }

            /**
             * The account the money is deposited to.
             *
             * @param accountId Zoho's account id
             * @return this builder
             */
            public Builder depositTo(String accountId) {
                this.accountId = accountId;
                return this;
            }

            /**
             * Custom field values.
             *
             * @param customFields the values
             * @return this builder
             */
            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            /**
             * The location the payment belongs to.
             *
             * @param locationId the location's id
             * @return this builder
             */
            public Builder location(String locationId) {
                this.locationId = locationId;
                return this;
            }

            /**
             * Builds the input; required fields are checked when it is sent.
             *
             * @return the input
             */
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

        /**
         * The positional form kept for existing callers: a new line (no {@code line_item_id}) with no {@code
         * location_id}.
         *
         * @param itemId            Zoho's {@code item_id}
         * @param name              Zoho's {@code name}
         * @param description       Zoho's {@code description}
         * @param rate              Zoho's {@code rate}
         * @param quantity          Zoho's {@code quantity}
         * @param invoiceId         Zoho's {@code invoice_id}
         * @param invoiceItemId     Zoho's {@code invoice_item_id}
         * @param salesreturnItemId Zoho's {@code salesreturn_item_id}
         * @param isReturnedToStock Zoho's {@code is_returned_to_stock}
         */
        public CreditNoteLineInput(String itemId, String name, String description, BigDecimal rate, BigDecimal quantity,
                                   String invoiceId, String invoiceItemId, String salesreturnItemId, Boolean isReturnedToStock) {
            this(null, itemId, name, description, rate, quantity, invoiceId, invoiceItemId, salesreturnItemId, isReturnedToStock, null);
        }
    }

    /** A credit note to create. */
    public record CreditNoteInput(@NotBlank String customerId, @NotNull LocalDate date, String creditnoteNumber,
                                  String referenceNumber, @NotEmpty List<@Valid CreditNoteLineInput> lineItems,
                                  List<CustomFieldValue> customFields, String locationId) {

        /**
         * The positional form kept for existing callers; it sends no {@code location_id}.
         *
         * @param customerId       Zoho's {@code customer_id}
         * @param date             Zoho's {@code date}
         * @param creditnoteNumber Zoho's {@code creditnote_number}
         * @param referenceNumber  Zoho's {@code reference_number}
         * @param lineItems        Zoho's {@code line_items}
         * @param customFields     Zoho's {@code custom_fields}
         */
        public CreditNoteInput(String customerId, LocalDate date, String creditnoteNumber, String referenceNumber,
                               List<CreditNoteLineInput> lineItems, List<CustomFieldValue> customFields) {
            this(customerId, date, creditnoteNumber, referenceNumber, lineItems, customFields, null);
        }

        /**
         * Starts a credit note for {@code customerId} dated {@code date}.
         *
         * @param customerId Zoho's {@code customer_id}
         * @param date       Zoho's {@code date}
         * @return a new builder
         */
        public static Builder builder(String customerId, LocalDate date) {
            return new Builder(customerId, date);
        }

        /**
         * A builder holding this credit note's values, to change some of them; this one is left as it is.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            Builder builder = new Builder(customerId, date);
            builder.creditnoteNumber = creditnoteNumber;
            builder.referenceNumber = referenceNumber;
            if (lineItems != null) {
                builder.lineItems.addAll(lineItems);
            }
            builder.customFields = customFields;
            builder.locationId = locationId;
            return builder;
        }

        /** Builds a {@link CreditNoteInput}; the customer, the date and at least one line are required. */
        public static final class Builder {
            private final String customerId;
            private final LocalDate date;
            private String creditnoteNumber;
            private String referenceNumber;
            private final List<CreditNoteLineInput> lineItems = new ArrayList<>();
            private List<CustomFieldValue> customFields;
            private String locationId;

            private Builder(String customerId, LocalDate date) {
                this.customerId = customerId;
                this.date = date;
            }

            /**
             * The number, when the organisation does not number credit notes itself.
             *
             * @param creditnoteNumber the number
             * @return this builder
             */
            public Builder number(String creditnoteNumber) {
                this.creditnoteNumber = creditnoteNumber;
                return this;
            }

            /**
             * The reference number, such as the refund's Opayo transaction.
             *
             * @param referenceNumber the reference
             * @return this builder
             */
            public Builder reference(String referenceNumber) {
                this.referenceNumber = referenceNumber;
                return this;
            }

            /**
             * Adds a line.
             *
             * @param line the line
             * @return this builder
             */
            public Builder line(CreditNoteLineInput line) {
                lineItems.add(present("line", line));
                return this;
            }

            /**
             * Custom field values.
             *
             * @param customFields the values
             * @return this builder
             */
            public Builder customFields(List<CustomFieldValue> customFields) {
                this.customFields = customFields;
                return this;
            }

            /**
             * The location the credit note belongs to.
             *
             * @param locationId the location's id
             * @return this builder
             */
            public Builder location(String locationId) {
                this.locationId = locationId;
                return this;
            }

            /**
             * Builds the input; required fields are checked when it is sent.
             *
             * @return the input
             */
            public CreditNoteInput build() {
                return new CreditNoteInput(customerId, date, creditnoteNumber, referenceNumber, List.copyOf(lineItems), customFields,
                        locationId);
            }
        }
    }

    /** A refund of a credit note. */
    public record CreditNoteRefundInput(@NotNull LocalDate date, String refundMode, String referenceNumber,
                                        @NotNull @Positive BigDecimal amount, String description, String fromAccountId) {
    }

    /** A returned line. */
    public record ReturnLineInput(@NotBlank String itemId, @NotBlank String salesorderItemId, @NotNull @Positive BigDecimal quantity,
                                  String locationId) {

        /**
         * The positional form kept for existing callers; it sends no {@code location_id}.
         *
         * @param itemId           Zoho's {@code item_id}
         * @param salesorderItemId Zoho's {@code salesorder_item_id}
         * @param quantity         Zoho's {@code quantity}
         */
        public ReturnLineInput(String itemId, String salesorderItemId, BigDecimal quantity) {
            this(itemId, salesorderItemId, quantity, null);
        }
    }

    /** A sales return to create for a sales order. */
    public record SalesReturnInput(String salesreturnNumber, @NotNull LocalDate date, String reason,
                                   @NotEmpty List<@Valid ReturnLineInput> lineItems, String locationId) {

        /**
         * The positional form kept for existing callers; it sends no {@code location_id}.
         *
         * @param salesreturnNumber Zoho's {@code salesreturn_number}
         * @param date              Zoho's {@code date}
         * @param reason            Zoho's {@code reason}
         * @param lineItems         Zoho's {@code line_items}
         */
        public SalesReturnInput(String salesreturnNumber, LocalDate date, String reason, List<ReturnLineInput> lineItems) {
            this(salesreturnNumber, date, reason, lineItems, null);
        }

        /**
         * Starts a return dated {@code date}.
         *
         * @param date Zoho's {@code date}
         * @return a new builder
         */
        public static Builder builder(LocalDate date) {
            return new Builder(date);
        }

        /**
         * A builder holding this return's values, to change some of them; this one is left as it is.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            Builder builder = new Builder(date);
            builder.salesreturnNumber = salesreturnNumber;
            builder.reason = reason;
            if (lineItems != null) {
                builder.lineItems.addAll(lineItems);
            }
            builder.locationId = locationId;
            return builder;
        }

        /** Builds a {@link SalesReturnInput}; the date and at least one line are required. */
        public static final class Builder {
            private final LocalDate date;
            private String salesreturnNumber;
            private String reason;
            private final List<ReturnLineInput> lineItems = new ArrayList<>();
            private String locationId;

            private Builder(LocalDate date) {
                this.date = date;
            }

            /**
             * The number (RMA-…), when the organisation does not number returns itself.
             *
             * @param salesreturnNumber the number
             * @return this builder
             */
            public Builder number(String salesreturnNumber) {
                this.salesreturnNumber = salesreturnNumber;
                return this;
            }

            /**
             * Why the goods came back.
             *
             * @param reason the reason
             * @return this builder
             */
            public Builder reason(String reason) {
                this.reason = reason;
                return this;
            }

            /**
             * Adds a returned line.
             *
             * @param line the line
             * @return this builder
             */
            public Builder line(ReturnLineInput line) {
                lineItems.add(present("line", line));
                return this;
            }

            /**
             * The location the goods return to.
             *
             * @param locationId the location's id
             * @return this builder
             */
            public Builder location(String locationId) {
                this.locationId = locationId;
                return this;
            }

            /**
             * Builds the input; required fields are checked when it is sent.
             *
             * @return the input
             */
            public SalesReturnInput build() {
                return new SalesReturnInput(salesreturnNumber, date, reason, List.copyOf(lineItems), locationId);
            }
        }
    }

    /** A stock change: positive adds, negative removes. */
    public record AdjustmentLineInput(@NotBlank String itemId, @NotNull BigDecimal quantityAdjusted, String locationId) {

        /**
         * The positional form kept for existing callers; it sends no {@code location_id}.
         *
         * @param itemId           Zoho's {@code item_id}
         * @param quantityAdjusted Zoho's {@code quantity_adjusted}
         */
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

        /**
         * The positional form kept for existing callers; it sends no {@code location_id}.
         *
         * @param date            Zoho's {@code date}
         * @param reason          Zoho's {@code reason}
         * @param adjustmentType  quantity or value
         * @param description     Zoho's {@code description}
         * @param referenceNumber Zoho's {@code reference_number}
         * @param lineItems       Zoho's {@code line_items}
         */
        public InventoryAdjustmentInput(LocalDate date, String reason, String adjustmentType, String description,
                                        String referenceNumber, List<AdjustmentLineInput> lineItems) {
            this(date, reason, adjustmentType, description, referenceNumber, lineItems, null);
        }

        /**
         * Starts an adjustment dated {@code date} for {@code reason}; choose {@link Builder#quantity()} or
         * {@link Builder#value()}.
         *
         * @param date   Zoho's {@code date}
         * @param reason Zoho's {@code reason}
         * @return a new builder
         */
        public static Builder builder(LocalDate date, String reason) {
            return new Builder(date, reason);
        }

        /**
         * A builder holding this adjustment's values, to change some of them; this one is left as it is.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            Builder builder = new Builder(date, reason);
            builder.adjustmentType = adjustmentType;
            builder.description = description;
            builder.referenceNumber = referenceNumber;
            if (lineItems != null) {
                builder.lineItems.addAll(lineItems);
            }
            builder.locationId = locationId;
            return builder;
        }

        /** Builds an {@link InventoryAdjustmentInput}; the date, reason, type and at least one line are required. */
        public static final class Builder {
            private final LocalDate date;
            private final String reason;
            private String adjustmentType;
            private String description;
            private String referenceNumber;
            private final List<AdjustmentLineInput> lineItems = new ArrayList<>();
            private String locationId;

            private Builder(LocalDate date, String reason) {
                this.date = date;
                this.reason = reason;
            }

            /**
             * Adjusts quantities in stock ({@code adjustment_type} quantity).
             *
             * @return this builder
             */
            public Builder quantity() {
                this.adjustmentType = "quantity";
                return this;
            }

            /**
             * Adjusts stock values ({@code adjustment_type} value).
             *
             * @return this builder
             */
            public Builder value() {
                this.adjustmentType = "value";
                return this;
            }

            /**
             * A description.
             *
             * @param description the description
             * @return this builder
             */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /**
             * The reference number, such as the credit note the goods came back on.
             *
             * @param referenceNumber the reference
             * @return this builder
             */
            public Builder reference(String referenceNumber) {
                this.referenceNumber = referenceNumber;
                return this;
            }

            /**
             * Adds a stock change.
             *
             * @param line the line
             * @return this builder
             */
            public Builder line(AdjustmentLineInput line) {
                lineItems.add(present("line", line));
                return this;
            }

            /**
             * The location whose stock changes.
             *
             * @param locationId the location's id
             * @return this builder
             */
            public Builder location(String locationId) {
                this.locationId = locationId;
                return this;
            }

            /**
             * Builds the input; required fields are checked when it is sent.
             *
             * @return the input
             */
            public InventoryAdjustmentInput build() {
                return new InventoryAdjustmentInput(date, reason, adjustmentType, description, referenceNumber, List.copyOf(lineItems),
                        locationId);
            }
        }
    }

    /** A packed line of a sales order. */
    public record PackageLineInput(@NotBlank String soLineItemId, @NotNull @Positive BigDecimal quantity) {
    }

    /**
     * A package to create for a sales order.
     *
     * @param packageNumber Zoho's {@code package_number}; Zoho numbers it when null
     * @param date          Zoho's {@code date}
     * @param lineItems     Zoho's {@code line_items}: the sales-order lines packed
     * @param notes         Zoho's {@code notes}
     */
    public record PackageInput(String packageNumber, @NotNull LocalDate date, @NotEmpty List<@Valid PackageLineInput> lineItems,
                               String notes) {

        /**
         * Starts a package dated {@code date}.
         *
         * @param date Zoho's {@code date}
         * @return a new builder
         */
        public static Builder builder(LocalDate date) {
            return new Builder(date);
        }

        /**
         * A builder holding this package's values, to change some of them; this one is left as it is.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            Builder builder = new Builder(date);
            builder.packageNumber = packageNumber;
            if (lineItems != null) {
                builder.lineItems.addAll(lineItems);
            }
            builder.notes = notes;
            return builder;
        }

        /** Builds a {@link PackageInput}; the date and at least one line are required. */
        public static final class Builder {
            private final LocalDate date;
            private String packageNumber;
            private final List<PackageLineInput> lineItems = new ArrayList<>();
            private String notes;

            private Builder(LocalDate date) {
                this.date = date;
            }

            /**
             * The number, when the organisation does not number packages itself.
             *
             * @param packageNumber the number
             * @return this builder
             */
            public Builder number(String packageNumber) {
                this.packageNumber = packageNumber;
                return this;
            }

            /**
             * Packs {@code quantity} of the sales-order line {@code soLineItemId}.
             *
             * @param soLineItemId the sales-order line's {@code line_item_id}
             * @param quantity     how many are packed
             * @return this builder
             */
            public Builder line(String soLineItemId, BigDecimal quantity) {
                lineItems.add(new PackageLineInput(soLineItemId, quantity));
                return this;
            }

            /**
             * Notes printed on the package slip.
             *
             * @param notes the notes
             * @return this builder
             */
            public Builder notes(String notes) {
                this.notes = notes;
                return this;
            }

            /**
             * Builds the input; required fields are checked when it is sent.
             *
             * @return the input
             */
            public PackageInput build() {
                return new PackageInput(packageNumber, date, List.copyOf(lineItems), notes);
            }
        }
    }
}
