package io.tillbridge.flows.kashflow;

import io.tillbridge.mapping.model.TransactionType;
import io.tillbridge.mapping.money.Money;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.reporting.TransactionDetail;
import io.tillbridge.opayo.transactions.Transaction;
import io.tillbridge.mapping.model.SettlementBatch;
import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.opayo.reporting.Batch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an Opayo transaction for the KashFlow flows: the Reporting API's {@code getTransactionDetail}
 * (vendorTxCode, type, amount, currency, start time, auth code, fraud fields) and Pi's retrieve (card
 * type), for a runner that polls Reporting rather than taking Server notifications.
 */
public final class OpayoPayments {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss[.SSS]");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final OpayoClient opayo;
    private final ZoneId businessZone;

    /**
     * Creates the reader over an Opayo client.
     *
     * @param opayo the Opayo client
     * @param businessZone the zone whose calendar day a payment is dated on in KashFlow
     */
    public OpayoPayments(OpayoClient opayo, ZoneId businessZone) {
        this.opayo = Objects.requireNonNull(opayo, "opayo");
        this.businessZone = Objects.requireNonNull(businessZone, "businessZone");
    }

    /**
     * The transaction Opayo holds under a vendorTxCode, or empty when it has none.
     *
     * @param vendorTxCode the payment's vendorTxCode
     * @param relatedTransactionId a refund's original payment, which the caller knows; null for a payment
     * @param payer                the billing details, when the caller has them; may be null
     * @return the payment, or empty
     */
    public Optional<OpayoPayment> read(String vendorTxCode, String relatedTransactionId, OpayoPayment.Payer payer) {
        Optional<TransactionDetail> found = opayo.reporting().transactionDetail(vendorTxCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TransactionDetail detail = found.get();
        Money amount = detail.amount() == null || detail.currency() == null ? null
                : Money.of(detail.amount(), Money.currency(detail.currency(), "currency"));
        Transaction pi = opayo.transactions().retrieve(detail.transactionId());
        String cardType = pi.card() == null ? null : pi.card().cardType();
        String authCode = detail.bankAuthCode() != null ? detail.bankAuthCode() : pi.bankAuthorisationCode();
        return Optional.of(new OpayoPayment(detail.transactionId(), detail.vendorTxCode(),
                TransactionType.fromOpayo(detail.transactionType()), amount, day(detail.fields().get("started")), authCode, cardType,
                detail.fields().get("t3mscore"), detail.fields().get("t3maction"), relatedTransactionId,
                payer != null ? payer : payerOf(detail.fields())));
    }

    /**
     * The host's way from an Opayo transaction id to its vendorTxCode: Pi's transaction answer carries no
     * vendorTxCode (reference: opayo.md §1.6), and Reporting's {@code getTransactionDetail} is keyed by it.
     * A verified Server notification names both; a Reporting list row names both; the host's own record of
     * what it registered is the third source.
     */
    @FunctionalInterface
    public interface VendorTxCodeLookup {
        /**
         * The vendorTxCode of a transaction, or empty when the host does not know it.
         *
         * @param transactionId Opayo's transaction id, without braces
         * @return the vendorTxCode, or empty
         */
        Optional<String> vendorTxCode(String transactionId);
    }

    /**
     * A {@link PaymentSource} for a runner that knows a transaction by its id (the VPSTxId of a verified
     * Server notification, or a Reporting row): the vendorTxCode from {@code codes}, then {@link #read}
     * (Reporting's detail for the auth code and fraud fields, Pi's retrieve for the card type). An id whose
     * vendorTxCode is unknown is empty, which the payment flow dead-letters; a detail under that vendorTxCode
     * that belongs to another transaction is returned as it is, and the flow refuses it by its id.
     *
     * @param codes finds the vendorTxCode of a transaction id
     * @return the source
     */
    public PaymentSource source(VendorTxCodeLookup codes) {
        Objects.requireNonNull(codes, "codes");
        return transactionId -> codes.vendorTxCode(transactionId).flatMap(code -> read(code, null, null));
    }

    /**
     * The billing details {@code getTransactionDetail} lists (reference: opayo.md §2, its {@code billing*} and
     * {@code customeremail} fields); null when it sent no e-mail, the customer's only stable key.
     */
    static OpayoPayment.Payer payerOf(java.util.Map<String, String> fields) {
        String email = fields.get("customeremail");
        if (email == null || email.isBlank()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String name : List.of("billingaddress1", "billingaddress2")) {
            String line = fields.get(name);
            if (line != null && !line.isBlank()) {
                lines.add(line);
            }
        }
        io.tillbridge.mapping.model.Address address = lines.isEmpty() ? null : new io.tillbridge.mapping.model.Address(lines,
                fields.get("billingcity"), fields.get("billingstate"), fields.get("billingpostcode"), fields.get("billingcountry"));
        return new OpayoPayment.Payer(fields.get("billingfirstnames"), fields.get("billingsurname"), email, address);
    }

    /**
     * A settlement batch as the Reporting API lists it ({@code getBatchDetail}), with each line's fee from
     * the host's tariff (Opayo's reports carry no fees).
     *
     * @param batch the batch as the Reporting API lists it
     * @param fees the fee of one line's amount and type; return null for none
     * @return the canonical batch
     */
    public SettlementBatch batch(Batch batch, java.util.function.BiFunction<Money, TransactionType, Money> fees) {
        List<SettlementLine> lines = new ArrayList<>();
        try (var rows = opayo.reporting().batchTransactions(batch.batchId(), batch.authProcessorName())) {
            rows.forEach(row -> {
                TransactionType type = TransactionType.fromOpayo(row.transactionType());
                Money amount = Money.of(row.amount(), Money.currency(row.currency(), "currency"));
                lines.add(new SettlementLine(batch.batchId(), row.transactionId(), row.vendorTxCode(), type, amount,
                        fees.apply(amount, type), row.fields().get("cardtype"), row.fields().get("bankauthcode"),
                        Objects.requireNonNullElse(day(row.started()), batch.completed().toLocalDate())));
            });
        }
        return new SettlementBatch(batch.batchId(), batch.authProcessorName(), batch.completed().atZone(UK).toInstant(), lines);
    }

    private LocalDate day(String started) {
        if (started == null) {
            return null;
        }
        return LocalDateTime.parse(started, STARTED).atZone(UK).withZoneSameInstant(businessZone).toLocalDate();
    }
}
