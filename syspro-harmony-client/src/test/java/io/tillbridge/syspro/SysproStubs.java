package io.tillbridge.syspro;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tillbridge.client.Secret;
import io.tillbridge.client.http.CircuitSettings;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.syspro.internal.EnetXml;
import io.tillbridge.syspro.internal.SysproConnection;
import io.tillbridge.syspro.internal.XmlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Shared test fixtures: a client pointed at WireMock with millisecond retries, SYSPRO-shaped answers. */
public final class SysproStubs {

    public static final String REST = "/SYSPROWCFService/Rest";
    /** A SYSPRO 7 session id as recorded: 34 hex characters and two trailing spaces. */
    public static final String SESSION = "3EA613166FE4BF47925DF1CEA14E910100  ";
    public static final String SESSION_2 = "5B17C0FFEE42BF47925DF1CEA14E910100  ";
    public static final Secret OPERATOR_PASSWORD = Secret.of("op-Pa55word");
    public static final Secret COMPANY_PASSWORD = Secret.of("co-Pa55word");

    private SysproStubs() {
    }

    public static SysproClient.Builder client(WireMockExtension stub) {
        return SysproClient.builder()
                .environment(SysproEnvironment.custom(stub.baseUrl()))
                .operator("TILLBRIDGE", OPERATOR_PASSWORD)
                .company("EDU1", COMPANY_PASSWORD)
                .requestTimeout(Duration.ofSeconds(3))
                .retry(new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(4), Duration.ofSeconds(1)))
                .circuit(new CircuitSettings(50, 50, Duration.ofSeconds(1)));
    }

    /** The client's connection, which is not API, for tests outside this package. */
    public static SysproConnection connection(SysproClient client) {
        return client.connection();
    }

    /** GET {@code /SYSPROWCFService/Rest{route}}. */
    public static MappingBuilder route(String route) {
        return get(urlPathEqualTo(REST + route));
    }

    /** A business-object call of this name on this route. */
    public static MappingBuilder bo(String route, String businessObject) {
        return route(route).withQueryParam("BusinessObject", equalTo(businessObject));
    }

    /** A SYSPRO 7 answer: raw bytes, octet-stream. */
    public static ResponseDefinitionBuilder raw(String text) {
        return raw(text.getBytes(StandardCharsets.UTF_8));
    }

    public static ResponseDefinitionBuilder raw(byte[] bytes) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                .withHeader("Server", "Microsoft-HTTPAPI/2.0").withBody(bytes);
    }

    /** A fixture's bytes as SYSPRO 7 sends them. */
    public static ResponseDefinitionBuilder fixtureAnswer(String name) {
        return raw(fixture(name));
    }

    public static void logonOk(WireMockExtension stub) {
        stub.stubFor(route("/Logon").willReturn(raw(SESSION)));
        stub.stubFor(route("/Logoff").willReturn(raw("0")));
    }

    public static byte[] fixture(String name) {
        try (InputStream in = SysproStubs.class.getResourceAsStream("/fixtures/syspro/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every request WireMock saw on a route, oldest first. */
    public static List<LoggedRequest> requests(WireMockExtension stub, String route) {
        return stub.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getUrl().toLowerCase().startsWith((REST + route).toLowerCase() + "?")
                        || r.getUrl().equalsIgnoreCase(REST + route))
                .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate())).toList();
    }

    /** A query parameter of a logged request, decoded. */
    public static String param(LoggedRequest request, String name) {
        return request.queryParameter(name).firstValue();
    }

    /** The XML a logged request carried in a parameter. */
    public static XmlNode xml(LoggedRequest request, String name) {
        return EnetXml.parse(param(request, name));
    }
}
