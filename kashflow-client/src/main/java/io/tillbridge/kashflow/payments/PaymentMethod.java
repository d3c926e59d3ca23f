package io.tillbridge.kashflow.payments;

/**
 * A payment method from SOAP {@code GetInvPayMethods} ({@code MethodID}, {@code MethodName};
 * reference: kashflow.md §4). The ids are per-account data, so hosts look them up by name.
 */
public record PaymentMethod(int id, String name) {
}
