package io.tillbridge.client.internal.validation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.ValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {

    record Address(@NotBlank String city) {
    }

    record Request(@Size(max = 5) String code, @Positive long amount, @Valid Address address) {
    }

    @Test
    void listsEveryViolationWithItsPath() {
        RequestValidator validator = new RequestValidator();
        assertThatThrownBy(() -> validator.validate(new Request("toolong", 0, new Address(" "))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("request not sent: address.city: must not be blank; amount: must be greater than 0; "
                        + "code: size must be between 0 and 5");
        assertThatCode(() -> validator.validate(new Request("ok", 1, new Address("York")))).doesNotThrowAnyException();
    }
}
