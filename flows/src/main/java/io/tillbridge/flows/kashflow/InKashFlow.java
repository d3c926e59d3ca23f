package io.tillbridge.flows.kashflow;

import io.tillbridge.TillbridgeException;
import io.tillbridge.flows.effect.Lookup;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.KashFlowNotFoundException;
import io.tillbridge.kashflow.bank.BankTransaction;
import io.tillbridge.kashflow.customers.CustomerRecord;
import io.tillbridge.kashflow.invoices.Invoice;
import io.tillbridge.kashflow.invoices.PaymentLine;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The exact-match lookups of the KashFlow effects: each answers found, proven absent or unknown, and
 * more than one matching record is unknown for a person — never the first of several.
 */
final class InKashFlow {

    private final KashFlowClient kashflow;

    InKashFlow(KashFlowClient kashflow) {
        this.kashflow = kashflow;
    }

    /** The payment line on an invoice whose note is exactly this reference (REST PaymentLines). */
    Lookup<String> payment(int invoiceNumber, String reference) {
        Invoice invoice;
        try {
            invoice = kashflow.invoices().get(invoiceNumber);
        } catch (KashFlowNotFoundException e) {
            return Lookup.absent();
        } catch (TillbridgeException e) {
            return Lookup.unknown("reading invoice " + invoiceNumber + " for payment " + reference + " failed: " + e.getMessage());
        }
        return one("payment " + reference + " on invoice " + invoiceNumber, invoice.paymentLines().stream(),
                line -> line.carries(reference), line -> String.valueOf(line.id() == null ? 0L : line.id()));
    }

    /** The payment lines on an invoice that carry this reference (0, 1 or several). */
    static List<PaymentLine> linesWith(Invoice invoice, String reference) {
        return invoice.paymentLines().stream().filter(line -> line.carries(reference)).limit(2).toList();
    }

    /** The bank transaction whose comment is exactly this text. */
    Lookup<String> bankTransaction(long account, String comment) {
        try (Stream<BankTransaction> all = kashflow.bankAccounts().transactions(account)) {
            return one("bank transaction '" + comment + "' on account " + account,
                    all.toList().stream(), t -> t.comment() != null && t.comment().trim().equals(comment),
                    t -> String.valueOf(t.id() == null ? 0L : t.id()));
        } catch (TillbridgeException e) {
            return Lookup.unknown("reading bank account " + account + " for '" + comment + "' failed: " + e.getMessage());
        }
    }

    /** The customer with this code (codes are KashFlow's unique key). */
    Lookup<String> customer(String code) {
        try {
            kashflow.customers().record(code);
            return Lookup.found(code);
        } catch (KashFlowNotFoundException e) {
            return Lookup.absent();
        } catch (TillbridgeException e) {
            return Lookup.unknown("reading customer " + code + " failed: " + e.getMessage());
        }
    }

    /** Found when the customer's fields already hold every one of these values, absent when any differs. */
    Lookup<String> customerHolds(String code, Map<String, String> wanted) {
        CustomerRecord record;
        try {
            record = kashflow.customers().record(code);
        } catch (TillbridgeException e) {
            return Lookup.unknown("reading customer " + code + " failed: " + e.getMessage());
        }
        boolean all = wanted.entrySet().stream().allMatch(w -> w.getValue().equals(record.fields().getOrDefault(w.getKey(), "")));
        return all ? Lookup.found(code) : Lookup.absent();
    }

    /** Found when the invoice's customer reference already is this value. */
    Lookup<String> invoiceReference(int invoiceNumber, String value) {
        try {
            Invoice invoice = kashflow.invoices().get(invoiceNumber);
            return value.equals(invoice.customerReference()) ? Lookup.found(value) : Lookup.absent();
        } catch (TillbridgeException e) {
            return Lookup.unknown("reading invoice " + invoiceNumber + " failed: " + e.getMessage());
        }
    }

    private static <T, R> Lookup<R> one(String what, Stream<T> records, Predicate<T> matches, java.util.function.Function<T, R> id) {
        List<T> found = records.filter(matches).limit(2).toList();
        if (found.isEmpty()) {
            return Lookup.absent();
        }
        if (found.size() > 1) {
            return Lookup.unknown("more than one record matches " + what + "; a person has to say which is ours");
        }
        return Lookup.found(id.apply(found.get(0)));
    }
}
