package io.tillbridge.syspro;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SysproEnvironmentTest {

    /** Plain http only on this machine, and "this machine" is an address, not a name starting with 127. */
    @ParameterizedTest(name = "{0} allowed={1}")
    @CsvSource({
        "http://127.0.0.1:8080,          true",
        "http://localhost:8080,          true",
        "http://[::1]:8080,              true",
        "https://erp.example.com:31002,       true",
        "http://127.evil.example,        false",
        "http://127.0.0.1.evil.example,  false",
        "http://erp.example.com:31002,        false",
    })
    void plainHttpOnlyOnThisMachine(String url, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> SysproEnvironment.custom(url)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> SysproEnvironment.custom(url)).hasMessageContaining("https");
        }
    }
}
