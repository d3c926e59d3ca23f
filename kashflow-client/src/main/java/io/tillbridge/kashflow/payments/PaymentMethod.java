package io.tillbridge.kashflow.payments;

import java.util.Map;

/**
 * A payment method from SOAP {@code GetInvPayMethods} ({@code MethodID}, {@code MethodName};
 * reference: kashflow.md §4). The ids are per-account data, so hosts look them up by name.
 *
 * @param id     {@code MethodID}
 * @param name   {@code MethodName}
 * @param fields every field as sent, including ones not named here
 */
public record PaymentMethod(int id, String name, Map<String, String> fields) {

    /**
     * Copies the fields.
     *
     * @param id     {@code MethodID}
     * @param name   {@code MethodName}
     * @param fields every field as sent, including ones not named here; null for none
     */
    public PaymentMethod {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /**
     * A method with no other fields, as before the catch-all existed.
     *
     * @param id   {@code MethodID}
     * @param name {@code MethodName}
     */
    public PaymentMethod(int id, String name) {
        this(id, name, Map.of());
    }
}
