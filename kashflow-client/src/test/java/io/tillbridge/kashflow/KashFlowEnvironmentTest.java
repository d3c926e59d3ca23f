package io.tillbridge.kashflow;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KashFlowEnvironmentTest {

    /** Plain http only on this machine, and "this machine" is an address, not a name starting with 127. */
    @ParameterizedTest(name = "{0} allowed={1}")
    @CsvSource({
        "http://127.0.0.1:8080/v2,          true",
        "http://localhost:8080/v2,          true",
        "http://[::1]:8080/v2,              true",
        "https://api.kashflow.com/v2,       true",
        "http://127.evil.example/v2,        false",
        "http://127.0.0.1.evil.example/v2,  false",
        "http://api.kashflow.com/v2,        false",
    })
    void plainHttpOnlyOnThisMachine(String url, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> KashFlowEnvironment.custom(url, url)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> KashFlowEnvironment.custom(url, url)).hasMessageContaining("https");
        }
    }
}
