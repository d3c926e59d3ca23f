package io.tillbridge.opayo.reporting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.opayo.OpayoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.Secret;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoStubs;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReportingServiceTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OpayoClient opayo = OpayoStubs.client(stub).build();

    @Test
    void signsTheInnerXmlWithThePasswordAppended() {
        Map<String, String> elements = new LinkedHashMap<>();
        elements.put("vendortxcode", "SO-1.1");
        String xml = ReportingXml.command("getTransactionDetail", "testvendor", "reporter", Secret.of("pa&ss"), elements);
        // MD5 of <command>…</command><vendor>…</vendor><user>…</user><vendortxcode>…</vendortxcode><password>pa&amp;ss</password>,
        // computed independently with Python's hashlib.
        assertThat(xml).isEqualTo("<vspaccess><command>getTransactionDetail</command><vendor>testvendor</vendor>"
                + "<user>reporter</user><vendortxcode>SO-1.1</vendortxcode>"
                + "<signature>13638530fee1304e4591d8a2557ccea2</signature></vspaccess>");
        assertThat(xml).doesNotContain("pa&");
    }

    @Test
    void looksATransactionUpByVendorTxCode() {
        stub.stubFor(post("/access/access.htm").willReturn(aResponse().withBody(fixture("reporting-detail.xml"))));
        TransactionDetail detail = opayo.reporting().transactionDetail("SO-00042.1").orElseThrow();
        assertThat(detail.transactionId()).isEqualTo("DB79BA2D-05DA-5B85-D188-1293D16BBAC7");
        assertThat(detail.vpsTxId()).isEqualTo("{DB79BA2D-05DA-5B85-D188-1293D16BBAC7}");
        assertThat(detail.amount()).isEqualByComparingTo("89.51");
        assertThat(detail.batchId()).isEqualTo("4412");
        assertThat(detail.fields()).containsEntry("last4digits", "0006").doesNotContainKey("securitykey");
        List<LoggedRequest> sent = stub.findAll(postRequestedFor(urlEqualTo("/access/access.htm")));
        String form = URLDecoder.decode(sent.get(0).getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form).startsWith("XML=<vspaccess><command>getTransactionDetail</command><vendor>testvendor</vendor>")
                .contains("<vendortxcode>SO-00042.1</vendortxcode><signature>");
        stub.verify(postRequestedFor(urlEqualTo("/access/access.htm"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded")));
    }

    @Test
    void notFoundIsEmptyAndOtherCodesAreErrors() {
        stub.stubFor(post("/access/access.htm").willReturn(aResponse().withBody(fixture("reporting-not-found.xml"))));
        assertThat(opayo.reporting().transactionIdFor("SO-404.1")).isEmpty();
        stub.stubFor(post("/access/access.htm").willReturn(aResponse().withBody(
                "<vspaccess><errorcode>0010</errorcode><error>Cannot validate the signature value.</error></vspaccess>")));
        assertThatThrownBy(() -> opayo.reporting().transactionDetail("SO-1.1"))
                .isInstanceOf(ReportingException.class)
                .hasMessageContaining("0010")
                .satisfies(e -> assertThat(((ReportingException) e).errorCode()).isEqualTo("0010"));
    }

    @Test
    void refusesExternalEntities() {
        stub.stubFor(post("/access/access.htm").willReturn(aResponse().withBody(fixture("reporting-xxe.xml"))));
        assertThatThrownBy(() -> opayo.reporting().transactionDetail("SO-1.1"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("not well-formed XML")
                .hasMessageNotContaining("root:");
    }

    @Test
    void refusesMalformedXmlAndHttpErrors() {
        stub.stubFor(post("/access/access.htm").willReturn(aResponse().withBody("<vspaccess><errorcode>")));
        assertThatThrownBy(() -> opayo.reporting().transactionDetail("SO-1.1")).isInstanceOf(ApiException.class);
        stub.stubFor(post("/access/access.htm").willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> opayo.reporting().transactionDetail("SO-1.1")).isInstanceOf(ReportingException.class)
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void pagesTransactionListsFiftyRowsAtATime() {
        for (int page = 0; page < 3; page++) {
            int rows = page < 2 ? 50 : 20;
            String body = "<vspaccess><errorcode>0000</errorcode><transactions>"
                    + java.util.stream.IntStream.range(0, rows).mapToObj(i -> "<transaction><vpstxid>{T-" + i + "}</vpstxid>"
                    + "<vendortxcode>SO-" + i + ".1</vendortxcode><transactiontype>Payment</transactiontype>"
                    + "<result>SUCCESS</result><amount>1,000.50</amount><currency>GBP</currency>"
                    + "<started>24/11/2026 10:00:00.000</started></transaction>").collect(Collectors.joining())
                    + "</transactions></vspaccess>";
            stub.stubFor(post("/access/access.htm").withRequestBody(containing("getTransactionList"))
                    .withRequestBody(containing("%3Cstartrow%3E" + (page * 50 + 1) + "%3C")).willReturn(aResponse().withBody(body)));
        }
        List<ReportedTransaction> rows = opayo.reporting()
                .transactions(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-25T00:00:00Z")).toList();
        assertThat(rows).hasSize(120);
        assertThat(rows.get(0).transactionId()).isEqualTo("T-0");
        assertThat(rows.get(0).amount()).isEqualByComparingTo(new BigDecimal("1000.50"));
        assertThat(rows.get(0).result()).isEqualTo("SUCCESS");
        stub.verify(3, postRequestedFor(urlEqualTo("/access/access.htm")));
        stub.verify(postRequestedFor(urlEqualTo("/access/access.htm"))
                .withRequestBody(containing("%3Cstartdate%3E01%2F11%2F2026+00%3A00%3A00%3C")));
    }

    @Test
    void readsBatchesAndTheirTransactions() {
        stub.stubFor(post("/access/access.htm").withRequestBody(containing("getBatchList"))
                .willReturn(aResponse().withBody(fixture("reporting-batches.xml"))));
        stub.stubFor(post("/access/access.htm").withRequestBody(containing("getBatchDetail")).willReturn(aResponse().withBody(
                "<vspaccess><errorcode>0000</errorcode><transactions><transaction><vendortxcode>SO-1.1</vendortxcode>"
                        + "</transaction></transactions></vspaccess>")));
        List<Batch> batches = opayo.reporting().batches(Instant.parse("2026-11-24T00:00:00Z"), Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(batches).containsExactly(new Batch("4412", "Elavon", LocalDateTime.of(2026, 11, 24, 23, 5, 11, 150_000_000), List.of(
                new Batch.Group(12, new BigDecimal("1250.40"), new BigDecimal("40.00"), "GBP"),
                new Batch.Group(3, new BigDecimal("30000"), new BigDecimal("0"), "JPY"))));
        assertThat(batches.get(0).groups().get(0).net()).isEqualByComparingTo("1210.40");
        assertThat(opayo.reporting().batchTransactions("4412", "Elavon").map(ReportedTransaction::vendorTxCode).toList())
                .containsExactly("SO-1.1");
        stub.verify(postRequestedFor(urlEqualTo("/access/access.htm")).withRequestBody(containing("%3Cbatchid%3E4412%3C")));
    }

    @Test
    void splitsRangesIntoMonths() {
        List<Instant[]> windows = ReportingService.monthlyWindows(Instant.parse("2026-01-15T00:00:00Z"), Instant.parse("2026-03-20T00:00:00Z"));
        assertThat(windows).hasSize(3);
        assertThat(windows.get(0)[1]).isEqualTo(Instant.parse("2026-02-15T00:00:00Z"));
        assertThat(windows.get(2)[1]).isEqualTo(Instant.parse("2026-03-20T00:00:00Z"));
        assertThatThrownBy(() -> ReportingService.monthlyWindows(Instant.EPOCH, Instant.EPOCH))
                .isInstanceOf(io.tillbridge.client.ValidationException.class).hasMessageContaining("to: must be after from");
        assertThat(ReportingXml.escape("<a&'\">")).isEqualTo("&lt;a&amp;&apos;&quot;&gt;");
        assertThat(equalTo("x")).isNotNull();
    }
}
