package io.tillbridge.opayo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServerNotificationTest {

    /** The published test vector (reference: opayo.md §3.2), with the vendor name empty. */
    private static Map<String, String> vector() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("VPSProtocol", "3.00");
        fields.put("TxType", "PAYMENT");
        fields.put("VPSTxId", "{F955C22E-F67B-4DA3-8EA3-6DAC68FA59D2}");
        fields.put("VendorTxCode", "438791");
        fields.put("Status", "OK");
        fields.put("TxAuthNo", "4255");
        fields.put("AVSCV2", "c");
        fields.put("AddressResult", "d");
        fields.put("PostCodeResult", "e");
        fields.put("CV2Result", "f");
        fields.put("GiftAid", "g");
        fields.put("3DSecureStatus", "h");
        fields.put("CAVV", "i");
        fields.put("AddressStatus", "j");
        fields.put("PayerStatus", "k");
        fields.put("CardType", "l");
        fields.put("Last4Digits", "1234");
        fields.put("DeclineCode", "00");
        fields.put("ExpiryDate", "0722");
        fields.put("BankAuthCode", "999777");
        fields.put("VPSSignature", "285765407193FAA9B8E432E6B55F5849");
        return fields;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.ISO_8859_1) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.ISO_8859_1))
                .collect(Collectors.joining("&"));
    }

    @Test
    void verifiesATokenRegistrationWithItsOwnFieldList() {
        // Signed over VPSTxId without braces + VendorTxCode + Status + vendor (lower case) + Token + SecurityKey;
        // CardType, Last4Digits and ExpiryDate are sent but not signed for TOKEN.
        String body = io.tillbridge.opayo.OpayoStubs.fixture("notification-token.txt").strip();
        ServerNotification token = ServerNotification.parse(body);
        assertThat(token.txType()).isEqualTo("TOKEN");
        assertThat(token.field("Token")).contains("{0A0B1C2D-3E4F-5061-7283-94A5B6C7D8E9}");
        assertThat(token.verify("TestVendor", Secret.of("JEUPDN1N7E"))).isTrue();
        String otherToken = body.replace("94A5B6C7D8E9", "94A5B6C7D8EA");
        assertThat(otherToken).isNotEqualTo(body);
        assertThat(ServerNotification.parse(otherToken).verify("TestVendor", Secret.of("JEUPDN1N7E"))).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "TxType {0} signs the full list")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"PAYMENT", "DEFERRED", "AUTHENTICATE", ""})
    void everyOtherTxTypeSignsTheFullList(String txType) {
        Map<String, String> fields = vector();
        fields.put("TxType", txType);
        assertThat(ServerNotification.parse(form(fields)).verify("", Secret.of("JEUPDN1N7E"))).isTrue();
    }

    @Test
    void okRepeatedIsNotedAsARepeat() {
        ServerNotification repeated = ServerNotification.parse(io.tillbridge.opayo.OpayoStubs.fixture("notification-ok-repeated.txt").strip());
        assertThat(repeated.status()).isEqualTo("OK REPEATED");
        assertThat(repeated.isRepeated()).isTrue();
        assertThat(ServerNotification.parse(form(vector())).isRepeated()).isFalse();
    }

    @Test
    void verifiesThePublishedTestVector() {
        ServerNotification notification = ServerNotification.parse(form(vector()));
        assertThat(notification.verify("", Secret.of("JEUPDN1N7E"))).isTrue();
        assertThat(notification.vendorTxCode()).isEqualTo("438791");
        assertThat(notification.status()).isEqualTo("OK");
        assertThat(notification.vpsTxId()).isEqualTo("{F955C22E-F67B-4DA3-8EA3-6DAC68FA59D2}");
        assertThat(notification.field("Last4Digits")).contains("1234");
        assertThat(notification.toString()).doesNotContain("2857654").doesNotContain("1234");
    }

    @Test
    void rejectsATamperedOrWronglyKeyedNotification() {
        Map<String, String> tampered = vector();
        tampered.put("Status", "NOTAUTHED");
        assertThat(ServerNotification.parse(form(tampered)).verify("", Secret.of("JEUPDN1N7E"))).isFalse();
        assertThat(ServerNotification.parse(form(vector())).verify("", Secret.of("WRONGKEY00"))).isFalse();
        assertThat(ServerNotification.parse(form(vector())).verify("othervendor", Secret.of("JEUPDN1N7E"))).isFalse();
    }

    @Test
    void refusesIncompleteOrOversizedPosts() {
        Map<String, String> partial = vector();
        partial.remove("VPSSignature");
        partial.remove("Status");
        assertThatThrownBy(() -> ServerNotification.parse(form(partial)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("request not sent: Status: is missing; VPSSignature: is missing");
        assertThatThrownBy(() -> ServerNotification.parse("x".repeat(70_000))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ServerNotification.parse(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void buildsTheReplyOpayoExpects() {
        assertThat(NotificationReply.ok("https://shop.example/done").body())
                .isEqualTo("Status=OK\r\nRedirectURL=https://shop.example/done");
        assertThat(NotificationReply.invalid("https://shop.example/failed", "signature mismatch").body())
                .isEqualTo("Status=INVALID\r\nRedirectURL=https://shop.example/failed\r\nStatusDetail=signature mismatch");
        assertThatThrownBy(() -> NotificationReply.ok(" ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("redirectUrl: is not set").hasMessageContaining("5006");
        assertThatThrownBy(() -> NotificationReply.ok("https://x\r\nStatus=OK")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("redirectUrl: must not contain line breaks");
        assertThatThrownBy(() -> NotificationReply.invalid("https://x", "bad\nStatus=OK")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("statusDetail");
        assertThatThrownBy(() -> new NotificationReply(null, "https://x", null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("status: is not set");
    }
}
