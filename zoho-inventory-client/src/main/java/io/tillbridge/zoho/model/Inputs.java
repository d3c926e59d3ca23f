package io.tillbridge.zoho.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies for creating and updating Zoho Inventory records (reference: zoho-inventory.md §3).
 * Null fields are left out of the JSON, so the same record serves a partial update. Required
 * fields are checked before sending.
 */
public final class Inputs {

    private Inputs() {
    }

    /** A line to create; {@code discount} is an amount or a percentage such as {@code "10%"}. */
    public record LineItemInput(String itemId, String name, String description, BigDecimal rate, @NotNull @Positive BigDecimal quantity,
                                String discount, String taxId, String salesorderItemId, String unit) {
        public static LineItemInput of(String itemId, BigDecimal rate, BigDecimal quantity) {
            return new LineItemInput(itemId, null, null, rate, quantity, null, null, null, null);
        }
    }

    /** A sales order to create or fields to update. */
    public record SalesOrderInput(@NotBlank String customerId, String salesorderNumber, LocalDate date, LocalDate shipmentDate,
                                  String referenceNumber, @NotEmpty List<@Valid LineItemInput> lineItems, String discount,
                                  Boolean isDiscountBeforeTax, Boolean isInclusiveTax, BigDecimal shippingCharge,
                                  BigDecimal adjustment, String notes, List<CustomFieldValue> customFields) {
    }

    /** Only custom fields, for updating any record. */
    public record CustomFieldsUpdate(@NotEmpty List<CustomFieldValue> customFields) {
    }

    /** An item to create. */
    public record ItemInput(@NotBlank String name, String sku, BigDecimal rate, BigDecimal purchaseRate, String unit,
                            String itemType, String productType, String description, BigDecimal reorderLevel,
                            List<CustomFieldValue> customFields) {
    }

    /** A person at a contact. */
    public record ContactPersonInput(String salutation, String firstName, String lastName, String email, String phone,
                                     String mobile, Boolean isPrimaryContact) {
    }

    /** A contact (customer or vendor) to create. */
    public record ContactInput(@NotBlank String contactName, String companyName, String contactType, String currencyId,
                               ZohoAddress billingAddress, ZohoAddress shippingAddress,
                               List<ContactPersonInput> contactPersons, List<CustomFieldValue> customFields) {
    }

    /** A purchase order to create. */
    public record PurchaseOrderInput(@NotBlank String vendorId, String purchaseorderNumber, LocalDate date, LocalDate deliveryDate,
                                     String referenceNumber, @NotEmpty List<@Valid LineItemInput> lineItems,
                                     List<CustomFieldValue> customFields) {
    }

    /** An invoice to create; lines may carry {@code salesorder_item_id} to link them to a sales order. */
    public record InvoiceInput(@NotBlank String customerId, String invoiceNumber, LocalDate date, LocalDate dueDate,
                               String referenceNumber, @NotEmpty List<@Valid LineItemInput> lineItems,
                               List<CustomFieldValue> customFields) {
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
                                       BigDecimal bankCharges, String accountId, List<CustomFieldValue> customFields) {
    }

    /** A credit-note line; {@code salesreturnItemId} ties it to a return. */
    public record CreditNoteLineInput(String itemId, String name, String description, BigDecimal rate,
                                      @NotNull @Positive BigDecimal quantity, String invoiceId, String invoiceItemId,
                                      String salesreturnItemId, Boolean isReturnedToStock) {
    }

    /** A credit note to create. */
    public record CreditNoteInput(@NotBlank String customerId, @NotNull LocalDate date, String creditnoteNumber,
                                  String referenceNumber, @NotEmpty List<@Valid CreditNoteLineInput> lineItems,
                                  List<CustomFieldValue> customFields) {
    }

    /** A refund of a credit note. */
    public record CreditNoteRefundInput(@NotNull LocalDate date, String refundMode, String referenceNumber,
                                        @NotNull @Positive BigDecimal amount, String description, String fromAccountId) {
    }

    /** A returned line. */
    public record ReturnLineInput(@NotBlank String itemId, @NotBlank String salesorderItemId, @NotNull @Positive BigDecimal quantity) {
    }

    /** A sales return to create for a sales order. */
    public record SalesReturnInput(String salesreturnNumber, @NotNull LocalDate date, String reason,
                                   @NotEmpty List<@Valid ReturnLineInput> lineItems) {
    }

    /** A stock change: positive adds, negative removes. */
    public record AdjustmentLineInput(@NotBlank String itemId, @NotNull BigDecimal quantityAdjusted) {
    }

    /**
     * An inventory adjustment to create.
     *
     * @param adjustmentType quantity or value
     */
    public record InventoryAdjustmentInput(@NotNull LocalDate date, @NotBlank String reason, @NotBlank String adjustmentType,
                                           String description, String referenceNumber,
                                           @NotEmpty List<@Valid AdjustmentLineInput> lineItems) {
    }

    /** A packed line of a sales order. */
    public record PackageLineInput(@NotBlank String soLineItemId, @NotNull @Positive BigDecimal quantity) {
    }

    /** A package to create for a sales order. */
    public record PackageInput(String packageNumber, @NotNull LocalDate date, @NotEmpty List<@Valid PackageLineInput> lineItems,
                               String notes) {
    }
}
