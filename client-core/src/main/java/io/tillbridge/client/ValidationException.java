package io.tillbridge.client;

import io.tillbridge.TillbridgeException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A request was refused before anything was sent. Lists every problem, each with its field. */
public class ValidationException extends TillbridgeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    /**
     * Creates the exception for every invalid field found, so that the caller can fix them all at once.
     *
     * @param errors the invalid fields; not empty
     */
    public ValidationException(List<FieldError> errors) {
        super("request not sent: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /**
     * Creates the exception for one invalid field.
     *
     * @param field   the property path
     * @param message what is wrong
     */
    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /**
     * Refuses a missing setting or argument with a typed error naming it, where {@code Objects.requireNonNull}
     * would throw an untyped {@link NullPointerException}.
     *
     * @param <T>   the value's type
     * @param value the value
     * @param field the setting's or argument's name
     * @return the value, when present
     * @throws ValidationException {@code field: is not set} when the value is null
     */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is not set");
        }
        return value;
    }

    /**
     * Every invalid field, in the order found.
     *
     * @return the field errors
     */
    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One invalid field.
     *
     * @param field   the property path, for example {@code billingAddress.city}
     * @param message what is wrong
     */
    public record FieldError(String field, String message) {
        /**
         * Requires both the field and the message.
         *
         * @param field   the property path, for example {@code billingAddress.city}
         * @param message what is wrong
         */
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
