package io.tillbridge.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

    @Test
    void apiErrorsCarryStatusCodesAndRequestId() {
        ApiException error = new ApiException("Opayo", 403, List.of("1018"), "refund exceeds original", "r-1");
        assertThat(error).hasMessage("Opayo answered HTTP 403 [1018]: refund exceeds original (request id r-1)");
        assertThat(error.status()).isEqualTo(403);
        assertThat(error.hasCode("1018")).isTrue();
        assertThat(error.requestId()).contains("r-1");
        assertThat(new ApiException("Zoho", 500, List.of(), "boom", null)).hasMessage("Zoho answered HTTP 500: boom");
        RateLimitedException limited = new RateLimitedException("Zoho", 429, List.of("44"), "slow down", null, Duration.ofSeconds(3));
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(new AuthenticationException("Zoho", 401, List.of("57"), "expired", null)).isInstanceOf(ApiException.class);
        assertThat(new TransportException("reset", true, null).outcomeUnknown()).isTrue();
    }

    @Test
    void validationListsEveryField() {
        ValidationException error = new ValidationException(List.of(new ValidationException.FieldError("amount", "must be positive"),
                new ValidationException.FieldError("currency", "is missing")));
        assertThat(error).hasMessage("request not sent: amount: must be positive; currency: is missing");
        assertThat(error.errors()).hasSize(2);
        assertThat(new ValidationException("a", "b").errors()).containsExactly(new ValidationException.FieldError("a", "b"));
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
