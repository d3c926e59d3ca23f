package io.tillbridge.opayo.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormCryptTest {

    private static final Secret PASSWORD = Secret.of("2f52208a25a1facf");
    /** {@code openssl enc -aes-128-cbc} with key = IV = the password, run outside Java. */
    private static final String OPENSSL = "@1BD039D465A2B0B29D5EB57A0093446611248551232217185889D18B88101BE1BEAC6118DF93B24108D05D6449B29AF0";

    @Test
    void matchesOpenSsl() {
        assertThat(FormCrypt.encrypt("VendorTxCode=TB-1&Amount=10.00&Currency=GBP", PASSWORD)).isEqualTo(OPENSSL);
        assertThat(FormCrypt.decrypt(OPENSSL, PASSWORD)).isEqualTo("VendorTxCode=TB-1&Amount=10.00&Currency=GBP");
        assertThat(FormCrypt.decrypt(OPENSSL.toLowerCase(), PASSWORD)).isEqualTo("VendorTxCode=TB-1&Amount=10.00&Currency=GBP");
    }

    @Test
    void roundTripsFieldsInOrder() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("VendorTxCode", "SO-00042.1");
        fields.put("Amount", "89.51");
        fields.put("Description", "Café order & more=yes");
        String crypt = FormCrypt.encrypt(fields, PASSWORD);
        assertThat(crypt).startsWith("@").matches("@[0-9A-F]+");
        assertThat(FormCrypt.decryptFields(crypt, PASSWORD)).containsEntry("VendorTxCode", "SO-00042.1")
                .containsEntry("Amount", "89.51").containsKey("Description");
        assertThat(FormCrypt.decrypt(crypt, PASSWORD)).isEqualTo("VendorTxCode=SO-00042.1&Amount=89.51&Description=Café order & more=yes");
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> FormCrypt.decrypt("1BD0", PASSWORD)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> FormCrypt.decrypt(OPENSSL, Secret.of("0000000000000000"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("does not decrypt");
        assertThatThrownBy(() -> FormCrypt.encrypt("a=b", Secret.of("short"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("16-character");
    }
}
