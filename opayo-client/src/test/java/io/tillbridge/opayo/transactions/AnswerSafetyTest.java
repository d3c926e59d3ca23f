package io.tillbridge.opayo.transactions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tillbridge.opayo.OpayoStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.opayo.OpayoClient;
import io.tillbridge.opayo.OpayoStubs;
import io.tillbridge.opayo.UnusableAnswerException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers that look like success but cannot be acted on never lead to a second charge or a false record. */
class AnswerSafetyTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OpayoClient opayo = OpayoStubs.client(stub).build();

    @Test
    void aReportingSuccessWithoutVpsTxIdIsUnknownNeverAResend() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        stub.stubFor(post("/access/access.htm").withRequestBody(containing("getTransactionDetail"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("reporting-detail-no-vpstxid.xml"))));

        assertThatThrownBy(() -> opayo.transactions().payment(OpayoStubs.payment().build()))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("SO-00042.1");
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/transactions")));
    }

    @Test
    void anOkWithoutTransactionIdIsUnknownAndNotResentWhenTheLookupFindsNothing() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(201).withBody(fixture("payment-ok-without-id.json"))));
        stub.stubFor(post("/access/access.htm").willReturn(aResponse().withStatus(200).withBody(fixture("reporting-not-found.xml"))));

        assertThatThrownBy(() -> opayo.transactions().payment(OpayoStubs.payment().build()))
                .isInstanceOf(OutcomeUnknownException.class)
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(UnusableAnswerException.class));
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/transactions")));
    }

    @Test
    void anOkWithoutTransactionIdIsResolvedByLookupWhenOpayoRecordedIt() {
        stub.stubFor(post("/api/v1/transactions").willReturn(aResponse().withStatus(201).withBody(fixture("payment-ok-without-id.json"))));
        stub.stubFor(post("/access/access.htm").willReturn(aResponse().withStatus(200).withBody(fixture("reporting-detail.xml"))));
        stub.stubFor(get("/api/v1/transactions/DB79BA2D-05DA-5B85-D188-1293D16BBAC7").willReturn(okJson(fixture("payment-authorised.json"))));

        TransactionOutcome outcome = opayo.transactions().payment(OpayoStubs.payment().build());

        assertThat(outcome.transactionId()).isEqualTo("DB79BA2D-05DA-5B85-D188-1293D16BBAC7");
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/transactions")));
    }

    @ParameterizedTest(name = "retrieve answered {0}")
    @ValueSource(strings = {"[]", "null", "{\"status\":\"Ok\",\"statusCode\":\"0000\"}", "{\"transactionId\":42,\"status\":\"Ok\"}",
            "{\"transactionId\":\"T-1\",\"status\":{\"x\":1}}", "{\"transactionId\":\"T-1\",\"amount\":\"lots\"}", "\"T-1\""})
    void aRetrieveAnswerThatIsNotATransactionIsATypedError(String body) {
        stub.stubFor(get("/api/v1/transactions/T-1").willReturn(okJson(body)));
        assertThatThrownBy(() -> opayo.transactions().retrieve("T-1")).isInstanceOf(UnusableAnswerException.class);
        assertThatThrownBy(() -> opayo.transactions().outcomeOf("T-1")).isInstanceOf(UnusableAnswerException.class);
    }

    /** Every instruction the client sends, each with a 2xx body it cannot read. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> instructionsWithBrokenBodies() {
        java.util.Map<String, java.util.function.Function<TransactionService, Instruction>> instructions = new java.util.LinkedHashMap<>();
        instructions.put("abort", t -> t.abort("T-9"));
        instructions.put("release", t -> t.release("T-9", 100));
        instructions.put("void", t -> t.voidTransaction("T-9"));
        instructions.put("cancel", t -> t.cancel("T-9"));
        List<String> bodies = List.of("", "not json", "[]", "{}", "null", "{\"date\":\"yesterday\"}",
                "{\"instructionType\":null,\"date\":[1]}", "{\"date\":42}");
        return instructions.entrySet().stream().flatMap(instruction -> bodies.stream()
                .map(body -> org.junit.jupiter.params.provider.Arguments.of(instruction.getKey(), body, instruction.getValue())));
    }

    @ParameterizedTest(name = "{0} answered 201 ''{1}''")
    @org.junit.jupiter.params.provider.MethodSource("instructionsWithBrokenBodies")
    void anInstructionNeverThrowsAfterA2xx(String type, String body, java.util.function.Function<TransactionService, Instruction> send) {
        stub.stubFor(post("/api/v1/transactions/T-9/instructions").willReturn(aResponse().withStatus(201).withBody(body)));
        Instruction instruction = send.apply(opayo.transactions());
        // Opayo took it: what the client sent stands, whatever it could not read back.
        assertThat(instruction.instructionType()).isEqualTo(type);
        assertThat(instruction.date()).isNull();
        stub.verify(1, postRequestedFor(urlEqualTo("/api/v1/transactions/T-9/instructions"))
                .withRequestBody(containing("\"instructionType\":\"" + type + "\"")));
    }

    @Test
    void anInstructionDateIsReadWithAndWithoutAnOffset() {
        stub.stubFor(post("/api/v1/transactions/T-9/instructions").willReturn(aResponse().withStatus(201)
                .withBody(fixture("instruction-release-no-offset.json"))));
        Instruction release = opayo.transactions().release("T-9", 100);
        // Without an offset the time is Opayo's own, UK time: British Summer Time in September.
        assertThat(release.date()).isEqualTo(OffsetDateTime.of(2016, 9, 8, 11, 27, 34, 728_000_000, ZoneOffset.ofHours(1)));
        assertThat(release.dateText()).isEqualTo("2016-09-08T11:27:34.728");

        stub.stubFor(post("/api/v1/transactions/T-9/instructions").willReturn(aResponse().withStatus(201)
                .withBody(fixture("instruction-void.json"))));
        assertThat(opayo.transactions().voidTransaction("T-9").date().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @ParameterizedTest(name = "Ok/{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource({"2004, Released", "2005, Voided", "2006, Aborted", "2012, Cancelled"})
    void okWithAnInstructionCodeIsThatInstructionNotAFailure(String code, String outcome) {
        stub.stubFor(get("/api/v1/transactions/T-5").willReturn(okJson(fixture("status-ok-" + code + ".json"))));
        assertThat(opayo.transactions().outcomeOf("T-5").getClass().getSimpleName()).isEqualTo(outcome);
    }

    @Test
    void listsATransactionsInstructions() {
        stub.stubFor(get("/api/v1/transactions/T-9/instructions").willReturn(okJson(fixture("instructions-list.json"))));
        List<Instruction> instructions = opayo.transactions().instructions("T-9");
        assertThat(instructions).extracting(Instruction::instructionType).containsExactly("release", "void");
        assertThat(instructions.get(1).date()).isNotNull();

        stub.stubFor(get("/api/v1/transactions/T-8/instructions").willReturn(okJson("{}")));
        assertThatThrownBy(() -> opayo.transactions().instructions("T-8")).isInstanceOf(UnusableAnswerException.class);
    }
}
