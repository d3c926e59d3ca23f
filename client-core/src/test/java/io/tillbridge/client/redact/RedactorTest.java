package io.tillbridge.client.redact;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.client.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

    private final Redactor redactor = Redactor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "json card data    | {\"cardNumber\":\"4929000000006\",\"securityCode\":\"123\",\"cardholderName\":\"A\"} | {\"cardNumber\":\"***\",\"securityCode\":\"***\",\"cardholderName\":\"A\"}",
        "json session key  | {\"merchantSessionKey\": \"M1E996F5-A9BC\", \"expiry\": \"x\"}          | {\"merchantSessionKey\": \"***\", \"expiry\": \"x\"}",
        "json numbers      | {\"access_token\":12345,\"code\":0}                                   | {\"access_token\":\"***\",\"code\":0}",
        "xml password      | <vspaccess><user>u</user><password>hunter2</password></vspaccess>    | <vspaccess><user>u</user><password>***</password></vspaccess>",
        "xml signature     | <signature a=\"1\">abc</signature>                                   | <signature a=\"1\">***</signature>",
        "form body         | refresh_token=1000.abc&client_secret=s3&grant_type=refresh_token     | refresh_token=***&client_secret=***&grant_type=refresh_token",
        "syspro url        | /Rest/Logon?Operator=ADMIN&OperatorPassword=pw&CompanyId=EDU1        | /Rest/Logon?Operator=ADMIN&OperatorPassword=***&CompanyId=EDU1",
        "spaced pan        | card 4462 0000 0000 0003 was used                                    | card ****0003 was used",
        "dashed pan        | 5404-0000-0000-0001                                                  | ****0001",
        "not luhn          | order 12345678901234 total                                           | order 12345678901234 total",
        "plain text        | nothing to hide                                                      | nothing to hide",
        "nested object     | {\"card\":{\"cvv2\":\"123\",\"pan\":\"4929000000006\"},\"n\":1}           | {\"card\":{\"cvv2\":\"***\",\"pan\":\"***\"},\"n\":1}",
        "sensitive object  | {\"acctInfo\":1,\"authtoken\":{\"a\":[1,{\"b\":\"}\"}]},\"ok\":true}       | {\"acctInfo\":1,\"authtoken\":\"***\",\"ok\":true}",
        "json in a string  | {\"message\":\"{\\\"passwd\\\":\\\"hunter2\\\",\\\"x\\\":1}\"}             | {\"message\":\"{\\\"passwd\\\":\\\"***\\\",\\\"x\\\":1}\"}",
        "api key header    | {\"X-Api-Key\":\"k-123\",\"threeDSSessionData\":\"abc\"}               | {\"X-Api-Key\":\"***\",\"threeDSSessionData\":\"***\"}",
        "cvv in free text  | Invalid CVV 123 for card                                             | Invalid CVV *** for card",
        "code in free text | security code: 1234 rejected                                         | security code: *** rejected",
        "legacy authtoken  | /api/v1/items?authtoken=ba4604e8e433g9c892e360d53463oec5&x=1           | /api/v1/items?authtoken=***&x=1",
    })
    void masksSensitiveValues(String name, String input, String expected) {
        assertThat(redactor.text(input)).isEqualTo(expected);
    }

    @Test
    void masksUrlsHeadersAndKnownSecrets() {
        assertThat(redactor.url("/x?UserId=abc&Value=1")).isEqualTo("/x?UserId=***&Value=1");
        assertThat(redactor.header("Authorization", "Basic abc")).isEqualTo("***");
        assertThat(redactor.header("Accept", "application/json")).isEqualTo("application/json");
        Redactor withSecret = redactor.withSecrets(List.of(Secret.of("hQ9bdExampleKey"), Secret.of("abc")));
        assertThat(withSecret.text("key hQ9bdExampleKey leaked")).isEqualTo("key *** leaked");
        assertThat(withSecret.text("abc stays: too short to match safely")).startsWith("abc");
        assertThat(withSecret.url("/p/hQ9bdExampleKey")).isEqualTo("/p/***");
        assertThat(redactor.text(null)).isNull();
        assertThat(redactor.url(null)).isNull();
        assertThat(Redactor.isSensitive("X-Zoho-Signature")).isTrue();
        assertThat(Redactor.isSensitive(null)).isFalse();
    }

    @Test
    void luhnRecognisesTestCards() {
        assertThat(Redactor.luhn("4929000000006")).isTrue();
        assertThat(Redactor.luhn("4929000000007")).isFalse();
    }
}
