package io.tillbridge.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.ValidationException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared setter refuses a null or bad value at once with a typed error naming the setting. */
class ClientBuilderTest {

    /** The smallest client builder: the shared settings only. */
    static final class Plain extends ClientBuilder<Plain> {
        Plain() {
            super(Duration.ofSeconds(30));
        }

        @Override
        protected Plain self() {
            return this;
        }
    }

    static Stream<Arguments> badSettings() {
        Duration minute = Duration.ofMinutes(1);
        return Stream.of(
                Arguments.of("connectTimeout: is not set", (Consumer<Plain>) b -> b.connectTimeout(null)),
                Arguments.of("connectTimeout: must be positive", (Consumer<Plain>) b -> b.connectTimeout(Duration.ZERO)),
                Arguments.of("requestTimeout: must be positive", (Consumer<Plain>) b -> b.requestTimeout(Duration.ofSeconds(-1))),
                Arguments.of("deadline: is not set", (Consumer<Plain>) b -> b.deadline(null)),
                Arguments.of("retry: is not set", (Consumer<Plain>) b -> b.retry(null)),
                Arguments.of("circuit: is not set", (Consumer<Plain>) b -> b.circuit(null)),
                Arguments.of("permits: must be at least 1", (Consumer<Plain>) b -> b.rateLimit(0, minute, minute)),
                Arguments.of("period: is not set", (Consumer<Plain>) b -> b.rateLimit(1, null, minute)),
                Arguments.of("maxWait: must not be negative", (Consumer<Plain>) b -> b.rateLimit(1, minute, Duration.ofSeconds(-1))),
                Arguments.of("permits: is not set", (Consumer<Plain>) b -> b.rateLimit(null, minute)),
                Arguments.of("maxConcurrent: must be at least 1", (Consumer<Plain>) b -> b.bulkhead(0, minute)),
                Arguments.of("maxWait: is not set", (Consumer<Plain>) b -> b.bulkhead(1, null)),
                Arguments.of("listener: is not set", (Consumer<Plain>) b -> b.listener(null)),
                Arguments.of("clock: is not set", (Consumer<Plain>) b -> b.clock(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void aBadSettingIsATypedErrorNamingIt(String expected, Consumer<Plain> setting) {
        assertThatThrownBy(() -> setting.accept(new Plain()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).hasSize(1));
    }
}
