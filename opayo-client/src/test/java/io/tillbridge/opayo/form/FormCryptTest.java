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

    /**
     * The published vector (reference opayo.md §3.3: omnipay-sagepay's FormGatewayTest, password
     * {@code 2f52208a25a1facf}), a completion crypt in lower-case hex as a success URL carries it.
     */
    @Test
    void decryptsThePublishedCompletionCrypt() {
        String crypt = io.tillbridge.opayo.OpayoStubs.fixture("form-crypt-success.txt").strip();
        Map<String, String> fields = FormCrypt.decryptFields(crypt, PASSWORD, "phpne-demo-53922585");
        assertThat(fields).containsEntry("VPSTxId", "{F5A91F56-F9C7-EFAD-8050-3226BBC6F4A8}")
                .containsEntry("Status", "OK")
                .containsEntry("StatusDetail", "0000 : The Authorisation was Successful.")
                .containsEntry("TxAuthNo", "19000362")
                .containsEntry("AVSCV2", "SECURITY CODE MATCH ONLY")
                .containsEntry("3DSecureStatus", "NOTCHECKED")
                .containsEntry("Amount", "99.99")
                .containsEntry("BankAuthCode", "999777")
                .hasSize(17);
        assertThat(fields.keySet()).startsWith("VendorTxCode", "VPSTxId", "Status");
        // The same crypt replayed against another order is refused.
        assertThatThrownBy(() -> FormCrypt.decryptFields(crypt, PASSWORD, "SO-00042.1")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("crypt.VendorTxCode");
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
