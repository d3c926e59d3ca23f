package io.tillbridge.syspro;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.tillbridge.syspro.SysproStubs.SESSION;
import static io.tillbridge.syspro.SysproStubs.SESSION_2;
import static io.tillbridge.syspro.SysproStubs.bo;
import static io.tillbridge.syspro.SysproStubs.client;
import static io.tillbridge.syspro.SysproStubs.fixtureAnswer;
import static io.tillbridge.syspro.SysproStubs.logonOk;
import static io.tillbridge.syspro.SysproStubs.param;
import static io.tillbridge.syspro.SysproStubs.raw;
import static io.tillbridge.syspro.SysproStubs.requests;
import static io.tillbridge.syspro.SysproStubs.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tillbridge.client.http.ClientListener;
import io.tillbridge.syspro.inventory.StockItem;
import io.tillbridge.syspro.orders.SalesOrderImport;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Logon with all four parameters, the verbatim session id, re-logon, serialisation, logoff and redaction. */
class SessionTest {

    private static final String INVALID = "ERROR: The supplied UserID is invalid.";

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void logonSendsAllFourParametersEvenAnEmptyCompanyPassword() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        try (SysproClient syspro = client(stub).company("EDU1", null).build()) {
            syspro.inventory().stock("A100");
        }
        LoggedRequest logon = requests(stub, "/Logon").get(0);
        assertThat(param(logon, "Operator")).isEqualTo("TILLBRIDGE");
        assertThat(param(logon, "OperatorPassword")).isEqualTo("op-Pa55word");
        assertThat(param(logon, "CompanyId")).isEqualTo("EDU1");
        assertThat(logon.getUrl()).contains("CompanyPassword=").endsWith("CompanyPassword=");
    }

    @Test
    void theSessionIdGoesBackVerbatimWithItsTrailingSpacesAsPercent20() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        try (SysproClient syspro = client(stub).build()) {
            syspro.inventory().stock("A100");
        }
        LoggedRequest query = requests(stub, "/Query/Query").get(0);
        assertThat(query.getUrl()).contains("UserId=3EA613166FE4BF47925DF1CEA14E910100%20%20&");
        assertThat(param(query, "UserId")).isEqualTo(SESSION);
        assertThat(param(requests(stub, "/Logoff").get(0), "UserId")).isEqualTo(SESSION);
    }

    @Test
    void oneLogonServesManyCalls() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        try (SysproClient syspro = client(stub).build()) {
            for (int i = 0; i < 5; i++) {
                syspro.inventory().stock("A100");
            }
            assertThat(syspro.connection().logons()).isEqualTo(1);
        }
        assertThat(requests(stub, "/Logon")).hasSize(1);
    }

    @Test
    void anEndedSessionMeansOneFreshLogonAndTheReadRepeated() {
        stub.stubFor(route("/Logon").inScenario("s").whenScenarioStateIs(STARTED).willReturn(raw(SESSION)).willSetStateTo("one"));
        stub.stubFor(route("/Logon").inScenario("s").whenScenarioStateIs("one").willReturn(raw(SESSION_2)).willSetStateTo("two"));
        stub.stubFor(bo("/Query/Query", "INVQRY").withQueryParam("UserId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(SESSION))
                .willReturn(raw(INVALID)));
        stub.stubFor(bo("/Query/Query", "INVQRY").withQueryParam("UserId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(SESSION_2))
                .willReturn(fixtureAnswer("invqry-answer.xml")));
        stub.stubFor(route("/Logoff").willReturn(raw("0")));
        try (SysproClient syspro = client(stub).build()) {
            StockItem item = syspro.inventory().stock("A100", "FG");
            assertThat(item.stockCode()).isEqualTo("A100");
            assertThat(syspro.connection().logons()).isEqualTo(2);
        }
        assertThat(requests(stub, "/Query/Query")).hasSize(2);
        assertThat(param(requests(stub, "/Logoff").get(0), "UserId")).isEqualTo(SESSION_2);
    }

    @Test
    void aSessionThatEndsAgainAfterAFreshLogonIsASessionError() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(raw(INVALID)));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.inventory().stock("A100")).isInstanceOf(SysproSessionException.class)
                    .hasMessageContaining("again after a fresh logon");
            assertThat(syspro.connection().logons()).isEqualTo(2);
        }
        assertThat(requests(stub, "/Query/Query")).hasSize(2);
    }

    @Test
    void aPostingCutByAnEndedSessionIsRepeatedOnlyWhenTheLookupProvesItAbsent() {
        logonOk(stub);
        stub.stubFor(bo("/Transaction/Post", "SORTOI").inScenario("p").whenScenarioStateIs(STARTED).willReturn(raw(INVALID))
                .willSetStateTo("again"));
        stub.stubFor(bo("/Transaction/Post", "SORTOI").inScenario("p").whenScenarioStateIs("again")
                .willReturn(fixtureAnswer("sortoi-import-answer.xml")));
        stub.stubFor(bo("/Query/Query", "COMFND").willReturn(fixtureAnswer("comfnd-empty.xml")));
        try (SysproClient syspro = client(stub).build()) {
            assertThat(syspro.salesOrders().importOrder(order()).resultOrThrow().salesOrder()).isEqualTo("000101");
        }
        assertThat(requests(stub, "/Transaction/Post")).hasSize(2);
        assertThat(requests(stub, "/Query/Query")).hasSize(1);
    }

    @Test
    void aPostingCutByAnEndedSessionIsNotRepeatedWhenTheLookupFindsItAndSaysAlreadyPosted() {
        logonOk(stub);
        stub.stubFor(bo("/Transaction/Post", "SORTOI").willReturn(raw(INVALID)));
        stub.stubFor(bo("/Query/Query", "COMFND").willReturn(fixtureAnswer("comfnd-answer.xml")));
        try (SysproClient syspro = client(stub).build()) {
            PostingOutcome<?> outcome = syspro.salesOrders().importOrder(order());
            assertThat(outcome).isEqualTo(new PostingOutcome.AlreadyPosted<>("000101"));
            assertThat(outcome.posted()).isEmpty();
            assertThatThrownBy(outcome::resultOrThrow).isInstanceOf(IllegalStateException.class).hasMessageContaining("000101");
        }
        assertThat(requests(stub, "/Transaction/Post")).hasSize(1);
    }

    @Test
    void aPostingIsNotRepeatedWhenTheLookupCannotTell() {
        logonOk(stub);
        stub.stubFor(bo("/Transaction/Post", "SORTOI").willReturn(raw(INVALID)));
        stub.stubFor(bo("/Query/Query", "COMFND").willReturn(aResponse().withStatus(503)));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.salesOrders().importOrder(order())).isInstanceOfSatisfying(PostingNotRepeatedException.class,
                    e -> assertThat(e.lookup()).isInstanceOf(LookupResult.Unknown.class));
        }
        assertThat(requests(stub, "/Transaction/Post")).hasSize(1);
    }

    @Test
    void anUpdateWithNoPossibleLookupIsNeverRepeated() {
        logonOk(stub);
        stub.stubFor(bo("/Setup/Update", "ARSSCS").willReturn(raw(INVALID)));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.customers().update(io.tillbridge.syspro.customers.CustomerSetup.update("000001")
                    .email("a@b.example").build())).isInstanceOfSatisfying(PostingNotRepeatedException.class,
                    e -> assertThat(e.lookup()).isInstanceOf(LookupResult.Unknown.class));
        }
        assertThat(requests(stub, "/Setup/Update")).hasSize(1);
    }

    @Test
    void callsAreSerialisedOnTheOneSession() throws Exception {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml").withFixedDelay(40)));
        List<String> events = new CopyOnWriteArrayList<>();
        ClientListener listener = startsAndEnds(events);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (SysproClient syspro = client(stub).listener(listener).build()) {
            List<Future<StockItem>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> syspro.inventory().stock("A100")));
            }
            for (Future<StockItem> call : calls) {
                assertThat(call.get().stockCode()).isEqualTo("A100");
            }
            assertThat(syspro.connection().logons()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < events.size(); i += 2) {
            assertThat(events.subList(i, i + 2)).containsExactly("start", "end"); // never two exchanges in flight
        }
    }

    @Test
    void closeLogsOffAndAClientThatNeverLoggedOnSendsNothing() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        SysproClient idle = client(stub).build();
        idle.close();
        assertThat(requests(stub, "/Logoff")).isEmpty();
        SysproClient busy = client(stub).build();
        busy.inventory().stock("A100");
        assertThat(busy.connection().loggedOn()).isTrue();
        busy.close();
        assertThat(busy.connection().loggedOn()).isFalse();
        assertThat(requests(stub, "/Logoff")).hasSize(1);
        busy.close();
        assertThat(requests(stub, "/Logoff")).hasSize(1);
    }

    @Test
    void aLogoffErrorDoesNotEscapeClose() {
        stub.stubFor(route("/Logon").willReturn(raw(SESSION)));
        stub.stubFor(route("/Logoff").willReturn(raw("ERROR: Unable to read the SYSPRO base directory registry string BaseDir8")));
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        SysproClient syspro = client(stub).build();
        syspro.inventory().stock("A100");
        syspro.close();
        assertThat(syspro.connection().loggedOn()).isFalse();
        stub.stubFor(route("/Logoff").willReturn(aResponse().withStatus(500)));
        SysproClient second = client(stub).build();
        second.inventory().stock("A100");
        second.close(); // no exception
    }

    @Test
    void aClosedClientRefusesFurtherCalls() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        SysproClient syspro = client(stub).build();
        syspro.inventory().stock("A100");
        syspro.close();
        assertThatThrownBy(() -> syspro.inventory().stock("A100")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(requests(stub, "/Query/Query")).hasSize(1);
        assertThat(requests(stub, "/Logon")).hasSize(1);
    }

    @Test
    void explicitLogoffReportsWhetherSysproConfirmedIt() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        try (SysproClient syspro = client(stub).build()) {
            assertThat(syspro.connection().logoff()).isFalse();
            syspro.inventory().stock("A100");
            assertThat(syspro.connection().logoff()).isTrue();
        }
    }

    @Test
    void theShutdownHookIsOnByDefaultAndItsActionLogsTheSessionOff() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        SysproClient syspro = client(stub).build();
        try {
            assertThat(syspro.shutdownHook()).isNotNull();
            syspro.inventory().stock("A100");
            syspro.shutdownHook().run(); // the hook's action, on this thread: no real JVM shutdown
            assertThat(requests(stub, "/Logoff")).hasSize(1);
            assertThat(param(requests(stub, "/Logoff").get(0), "UserId")).isEqualTo(SESSION);
            assertThat(syspro.connection().loggedOn()).isFalse();
        } finally {
            syspro.close(); // removes the hook; the session is already logged off, so nothing more is sent
        }
        assertThat(requests(stub, "/Logoff")).hasSize(1);
        // Removed on close: removing it again answers false, it is no longer registered.
        assertThat(Runtime.getRuntime().removeShutdownHook(syspro.shutdownHook())).isFalse();
    }

    @Test
    void aClientCanOptOutOfTheShutdownHook() {
        logonOk(stub);
        try (SysproClient syspro = client(stub).logoffOnShutdown(false).build()) {
            assertThat(syspro.shutdownHook()).isNull();
        }
    }

    @Test
    void clientsOfTheSameOperatorAndCompanyShareOneSessionAndTheLastCloseLogsItOff() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml")));
        SysproClient first = client(stub).build();
        SysproClient second = client(stub).build();
        try (SysproClient otherCompany = client(stub).company("EDU2", null).build()) {
            first.inventory().stock("A100");
            second.inventory().stock("A100");
            otherCompany.inventory().stock("A100");
            assertThat(first.connection().sharedBy()).isEqualTo(2);
            assertThat(otherCompany.connection().sharedBy()).isEqualTo(1);
            // One logon for the two sharing clients, one for the other company: neither ends the other's session.
            assertThat(requests(stub, "/Logon")).hasSize(2);
            assertThat(requests(stub, "/Logon").stream().map(r -> param(r, "CompanyId"))).containsExactlyInAnyOrder("EDU1", "EDU2");
            assertThat(requests(stub, "/Query/Query").stream().map(r -> param(r, "UserId"))).containsOnly(SESSION);
            first.close();
            assertThat(requests(stub, "/Logoff")).isEmpty(); // the second client still uses the session
            assertThat(second.inventory().stock("A100").stockCode()).isEqualTo("A100");
            assertThat(requests(stub, "/Logon")).hasSize(2);
            second.close();
            assertThat(requests(stub, "/Logoff")).hasSize(1);
            assertThat(requests(stub, "/Logoff").get(0).queryParameter("UserId").firstValue()).isEqualTo(SESSION);
        } finally {
            first.close();
            second.close();
        }
        assertThat(requests(stub, "/Logoff")).hasSize(2); // and the other company's own session
        try (SysproClient later = client(stub).build()) {
            later.inventory().stock("A100");
            assertThat(later.connection().logons()).isEqualTo(1); // a fresh session once every sharer had closed
        }
    }

    @Test
    void sharingClientsQueueForTheOneSession() throws Exception {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(fixtureAnswer("invqry-answer.xml").withFixedDelay(20)));
        List<String> events = new CopyOnWriteArrayList<>();
        ClientListener listener = startsAndEnds(events);
        try (SysproClient first = client(stub).listener(listener).build(); SysproClient second = client(stub).listener(listener).build()) {
            first.inventory().stock("A100");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                var a = pool.submit(() -> first.inventory().stock("A100"));
                var b = pool.submit(() -> second.inventory().stock("A100"));
                a.get();
                b.get();
            } finally {
                pool.shutdownNow();
            }
        }
        for (int i = 0; i < events.size(); i += 2) {
            assertThat(events.subList(i, i + 2)).containsExactly("start", "end"); // never two exchanges on the session at once
        }
        assertThat(requests(stub, "/Logon")).hasSize(1);
    }

    @Test
    void aRefusedLogonIsALogonErrorWithThePasswordRedacted() {
        stub.stubFor(route("/Logon").willReturn(raw("ERROR: Invalid operator password op-Pa55word for TILLBRIDGE")));
        try (SysproClient syspro = client(stub).build()) {
            assertThatThrownBy(() -> syspro.inventory().stock("A100")).isInstanceOfSatisfying(SysproLogonException.class, e -> {
                assertThat(e.getMessage()).contains("Invalid operator password").doesNotContain("op-Pa55word");
                assertThat(e.serverText()).doesNotContain("op-Pa55word");
            });
        }
        assertThat(requests(stub, "/Query/Query")).isEmpty();
    }

    @Test
    void noLogLinePathOrExceptionCarriesThePasswordsOrTheSessionId() {
        logonOk(stub);
        stub.stubFor(bo("/Query/Query", "INVQRY").willReturn(raw("ERROR: Stock code not found for UserId=" + SESSION.trim()
                + " in session " + SESSION)));
        List<String> paths = new CopyOnWriteArrayList<>();
        ClientListener listener = new ClientListener() {
            @Override
            public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
                paths.add(path + " " + operation);
            }
        };
        try (SysproClient syspro = client(stub).listener(listener).build()) {
            assertThatThrownBy(() -> syspro.inventory().stock("A100")).isInstanceOfSatisfying(BusinessObjectException.class, e -> {
                assertThat(e.getMessage()).doesNotContain(SESSION.trim());
                assertThat(e.serverText()).contains("***");
            });
            assertThat(syspro.toString()).doesNotContain("op-Pa55word").doesNotContain(SESSION.trim());
        }
        assertThat(paths).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("op-Pa55word").doesNotContain("co-Pa55word")
                .doesNotContain(SESSION.trim()).doesNotContain("A100"));
        assertThat(paths.get(0)).contains("OperatorPassword=***").contains("CompanyPassword=***").contains("Operator=TILLBRIDGE");
        assertThat(paths.get(1)).contains("UserId=***").contains("BusinessObject=INVQRY").containsPattern("XmlIn=\\(\\d+ chars\\)");
    }

    /** A listener noting "start" and "end" of every exchange, to show that two never overlap. */
    static ClientListener startsAndEnds(List<String> events) {
        return new ClientListener() {
            @Override
            public void exchangeStarted(String system, String operation, String method, String path, int attempt) {
                events.add("start");
            }

            @Override
            public void exchangeFinished(String system, String operation, String method, String path, int attempt, int status,
                                         Duration duration, Throwable failure) {
                events.add("end");
            }
        };
    }

    private static SalesOrderImport order() {
        return SalesOrderImport.builder("WEB-1001", "000001").stockLine("A100", BigDecimal.ONE, new BigDecimal("49.99")).build();
    }
}
