package io.tillbridge.syspro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SysproEnvironmentTest {

    private static SysproClient.Builder builder(String url) {
        return SysproClient.builder().environment(SysproEnvironment.custom(url)).operator("OP", null).company("EDU1", null)
                .logoffOnShutdown(false);
    }

    /** Plain http only on this machine, and "this machine" is an address, not a name starting with 127: the common check. */
    @ParameterizedTest(name = "{0} allowed={1}")
    @CsvSource({
        "http://127.0.0.1:8080,          true",
        "http://localhost:8080,          true",
        "http://[::1]:8080,              true",
        "https://erp.example.com:31002,  true",
        "http://127.evil.example,        false",
        "http://127.0.0.1.evil.example,  false",
        "http://erp.example.com:31002,   false",
    })
    void plainHttpOnlyOnThisMachine(String url, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> builder(url).build().close()).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> builder(url).build()).isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.errors().get(0).field()).isEqualTo("environment");
                assertThat(e.getMessage()).contains("https");
            });
        }
    }

    @Test
    void allowPlainHttpBehavesAsForEveryOtherClient() {
        assertThatCode(() -> builder("http://erp.example.com:31002").allowPlainHttp().build().close()).doesNotThrowAnyException();
    }

    @Test
    void aMalformedSiteIsAValidationErrorNamingTheSetting() {
        assertThatThrownBy(() -> SysproEnvironment.custom("ftp://erp.example.com")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SysproEnvironment.custom("https://user:pw@erp.example.com")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SysproEnvironment.custom("not a url")).isInstanceOf(ValidationException.class);
        assertThat(SysproEnvironment.custom("https://erp.example.com:31002/").restRoot().toString())
                .isEqualTo("https://erp.example.com:31002/SYSPROWCFService/Rest");
    }
}
