package io.tillbridge.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void neverShowsItsValue() {
        Secret secret = Secret.of("integration-password");
        assertThat(secret.toString()).isEqualTo("***");
        assertThat(String.valueOf(secret)).doesNotContain("integration");
        assertThat(secret.reveal()).isEqualTo("integration-password");
        assertThat(secret.hashCode()).isZero();
    }

    @Test
    void comparesInConstantTime() {
        Secret secret = Secret.of("abc");
        assertThat(secret.matches("abc")).isTrue();
        assertThat(secret.matches("abd")).isFalse();
        assertThat(secret.matches(null)).isFalse();
        assertThat(secret).isEqualTo(Secret.of("abc")).isNotEqualTo(Secret.of("abcd")).isNotEqualTo("abc");
    }

    @Test
    void refusesBlankValues() {
        assertThatThrownBy(() -> Secret.of(" ")).isInstanceOf(ValidationException.class).hasMessageContaining("secret: must not be blank");
        assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(ValidationException.class).hasMessageContaining("secret: is not set");
    }
}
