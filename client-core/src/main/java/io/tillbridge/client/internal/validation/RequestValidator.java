package io.tillbridge.client.internal.validation;

import io.tillbridge.client.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a request's Jakarta Validation constraints before anything is sent; a failure lists every
 * violation with its property path. Uses the parameter-only message interpolator so that no
 * expression-language runtime is needed.
 */
public final class RequestValidator {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private final Validator validator = FACTORY.getValidator();

    /** @throws ValidationException listing every violation, ordered by field */
    public void validate(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<ValidationException.FieldError> errors = violations.stream()
                    .map(v -> new ValidationException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(ValidationException.FieldError::field)
                            .thenComparing(ValidationException.FieldError::message))
                    .toList();
            throw new ValidationException(errors);
        }
    }
}
