package io.tillbridge.sandbox.syspro;

import io.tillbridge.sandbox.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator against the reference's wire facts (syspro.md), driven with a bare HTTP client. */
class SysproEmulatorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private SysproEmulator syspro;

    @BeforeEach
    void start() {
        syspro = new SysproEmulator(clock).start();
        syspro.operator("ADMIN", "secret1").company("EDU1", "", "Outdoors Ltd", "GBP");
        syspro.books().customer("000001", "Bayside Bikes", "GBP").stock("A100", "Tent", "FG", new BigDecimal("12"))
                .stock("A100", "Tent", "RM", new BigDecimal("3")).invoice("100466", "000001", new BigDecimal("20.00"))
                .bank("GB").ledgerCodes("1000", "2000").currentPeriod(2026, 3);
    }

    @AfterEach
    void stop() {
        syspro.close();
    }

    @Test
    void logonAnswersASyspro7SessionIdWithTwoTrailingSpacesAsRawText() throws Exception {
        HttpResponse<String> answer = get("/Logon", "Operator", "ADMIN", "OperatorPassword", "secret1", "CompanyId", "EDU1",
                "CompanyPassword", "");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/octet-stream");
        assertThat(answer.body()).hasSize(36).endsWith("  ").matches("[0-9A-F]{34}  ");
    }

    @Test
    void syspro8FramingQuotesTheAnswerAsAJsonString() throws Exception {
        syspro.framing(SysproEmulator.Framing.SYSPRO8_JSON);
        String body = get("/Logon", "Operator", "ADMIN", "OperatorPassword", "secret1", "CompanyId", "EDU1", "CompanyPassword", "").body();
        assertThat(body).matches("\"[0-9a-f-]{36}\"");
    }

    @Test
    void logonErrorsAreErrorTextWithStatus200() throws Exception {
        assertThat(get("/Logon", "Operator", "ADMIN", "OperatorPassword", "nope", "CompanyId", "EDU1", "CompanyPassword", "").body())
                .isEqualTo("ERROR: Invalid operator password");
        assertThat(get("/Logon", "Operator", "ADMIN", "OperatorPassword", "secret1", "CompanyId", "EDU1").body())
                .startsWith("ERROR:").contains("CompanyPassword");
        assertThat(get("/Logon", "Operator", "ADMIN", "OperatorPassword", "secret1", "CompanyId", "XX", "CompanyPassword", "").body())
                .isEqualTo("ERROR: Invalid company");
    }

    @Test
    void aSecondLogonOfTheSameOperatorEndsTheFirstSession() throws Exception {
        String first = logon();
        String second = logon();
        assertThat(query(first, "INVQRY", "<Query><Key><StockCode>A100</StockCode></Key></Query>"))
                .isEqualTo("ERROR: The supplied UserID is invalid.");
        assertThat(query(second, "INVQRY", "<Query><Key><StockCode>A100</StockCode></Key></Query>")).contains("<InvQuery");
        assertThat(syspro.activeSessions()).isEqualTo(1);
    }

    @Test
    void sessionsExpireWhenIdleAndEachCallRefreshesThem() throws Exception {
        syspro.idleTimeout(Duration.ofMinutes(10));
        String session = logon();
        clock.advance(Duration.ofMinutes(9));
        assertThat(query(session, "INVQRY", "<Query><Key><StockCode>A100</StockCode></Key></Query>")).contains("<InvQuery");
        clock.advance(Duration.ofMinutes(9));
        assertThat(query(session, "INVQRY", "<Query><Key><StockCode>A100</StockCode></Key></Query>")).contains("<InvQuery");
        clock.advance(Duration.ofMinutes(11));
        assertThat(query(session, "INVQRY", "<Query><Key><StockCode>A100</StockCode></Key></Query>"))
                .isEqualTo("ERROR: The supplied UserID is invalid.");
    }

    @Test
    void theSessionIdMustComeBackVerbatimWithItsSpaces() throws Exception {
        String session = logon();
        assertThat(query(session.trim(), "INVQRY", "<Query><Key><StockCode>A100</StockCode></Key></Query>"))
                .isEqualTo("ERROR: The supplied UserID is invalid.");
    }

    @Test
    void logoffAnswersZeroOnceAndErrorTextForAnUnknownSession() throws Exception {
        String session = logon();
        assertThat(get("/Logoff", "UserId", session).body()).isEqualTo("0");
        assertThat(get("/Logoff", "UserId", session).body()).startsWith("ERROR:");
        assertThat(syspro.calls("Logoff")).isEqualTo(2);
    }

    @Test
    void invqryAnswersWindows1252XmlWithPaddedNumbersForTheFilteredWarehouse() throws Exception {
        String xml = query(logon(), "INVQRY",
                "<Query><Key><StockCode>A100</StockCode></Key><Filter><Warehouse FilterType=\"L\" FilterValue=\"FG\"/></Filter></Query>");
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"Windows-1252\"?>").contains("Language=\"05\"")
                .contains("<Warehouse>FG</Warehouse>").doesNotContain("<Warehouse>RM</Warehouse>")
                .containsPattern("<QtyOnHand> +12\\.000 </QtyOnHand>").contains("<AvailableQty>");
    }

    @Test
    void anUnknownStockCodeIsABusinessObjectExceptionAsErrorText() throws Exception {
        assertThat(query(logon(), "INVQRY", "<Query><Key><StockCode>NOPE</StockCode></Key></Query>"))
                .isEqualTo("ERROR: Stock code 'NOPE' not found");
    }

    @Test
    void anUnlicensedOrUnknownBusinessObjectAnswersException100000() throws Exception {
        syspro.unlicense("ARSTPY");
        String session = logon();
        assertThat(post(session, "ARSTPY", "<PostArPayment/>", "<PostArPayment/>")).isEqualTo("ERROR: e.net exception raised: 100000");
        assertThat(post(session, "ARSPAY", "<PostArPayment/>", "<PostArPayment/>")).isEqualTo("ERROR: e.net exception raised: 100000");
    }

    @Test
    void sortoiCreatesAnOrderThatSorqryAndComfndFind() throws Exception {
        String session = logon();
        String answer = post(session, "SORTOI", "<SalesOrders><Parameters><Process>IMPORT</Process></Parameters></SalesOrders>",
                "<SalesOrders><Orders><OrderHeader><CustomerPoNumber>WEB-1</CustomerPoNumber><Customer>000001</Customer></OrderHeader>"
                        + "<OrderDetails><StockLine><StockCode>A100</StockCode><OrderQty>2</OrderQty><Price>49.99</Price></StockLine>"
                        + "</OrderDetails></Orders></SalesOrders>");
        assertThat(answer).contains("<SalesOrder>000101</SalesOrder>").contains("<ItemsProcessed>000001</ItemsProcessed>");
        assertThat(syspro.books().available("A100", "FG")).isEqualByComparingTo("10");
        assertThat(query(session, "SORQRY", "<Query><Key><SalesOrder>000101</SalesOrder></Key></Query>"))
                .contains("<SorDetail").contains("<CustomerPoNumber>WEB-1</CustomerPoNumber>").contains("<SALSLS:Name>")
                .contains("<MStockCode>A100</MStockCode>");
        assertThat(query(session, "COMFND", "<Query><TableName>SorMaster</TableName><ReturnRows>5</ReturnRows><Columns>"
                + "<Column>SalesOrder</Column></Columns><Where><Expression><OpenBracket>(</OpenBracket><Column>CustomerPoNumber</Column>"
                + "<Condition>EQ</Condition><Value>WEB-1</Value><CloseBracket>)</CloseBracket></Expression></Where></Query>"))
                .contains("<Row><SalesOrder>000101</SalesOrder></Row>").contains("<RowsReturned>       1</RowsReturned>");
    }

    @Test
    void sortoiRefusesADuplicateCustomerPoNumberWithAFieldErrorBlock() throws Exception {
        String session = logon();
        String order = "<SalesOrders><Orders><OrderHeader><CustomerPoNumber>WEB-2</CustomerPoNumber><Customer>000001</Customer>"
                + "</OrderHeader><OrderDetails><StockLine><StockCode>A100</StockCode><OrderQty>1</OrderQty></StockLine></OrderDetails>"
                + "</Orders></SalesOrders>";
        String params = "<SalesOrders><Parameters><Process>IMPORT</Process><CheckForCustomerPoNumbers>Y</CheckForCustomerPoNumbers>"
                + "</Parameters></SalesOrders>";
        post(session, "SORTOI", params, order);
        String again = post(session, "SORTOI", params, order);
        assertThat(again).contains("<ErrorNumber>100042</ErrorNumber>").contains("<ItemsProcessed>000000</ItemsProcessed>");
        assertThat(syspro.books().salesOrders()).hasSize(1);
    }

    @Test
    void sortoiValidateOnlyCreatesNothing() throws Exception {
        String answer = post(logon(), "SORTOI", "<SalesOrders><Parameters><Process>VALIDATE</Process></Parameters></SalesOrders>",
                "<SalesOrders><Orders><OrderHeader><CustomerPoNumber>WEB-3</CustomerPoNumber><Customer>000001</Customer></OrderHeader>"
                        + "<OrderDetails><StockLine><StockCode>A100</StockCode><OrderQty>1</OrderQty></StockLine></OrderDetails>"
                        + "</Orders></SalesOrders>");
        assertThat(answer).contains("<Status>Successful</Status>").contains("<SalesOrder></SalesOrder>");
        assertThat(syspro.books().salesOrders()).isEmpty();
    }

    @Test
    void arstpyPaysAnInvoiceAndRefusesAmountsThatDoNotAddUp() throws Exception {
        String session = logon();
        String params = "<PostArPayment><Parameters><ValidateOnly>N</ValidateOnly></Parameters></PostArPayment>";
        String bad = post(session, "ARSTPY", params, payment("30.00", "20.00"));
        assertThat(bad).contains("<ErrorNumber>130020</ErrorNumber>");
        assertThat(syspro.books().invoiceBalance("100466")).isEqualByComparingTo("20.00");
        String good = post(session, "ARSTPY", params, payment("20.00", "20.00"));
        assertThat(good).contains("<ItemsProcessed>000001</ItemsProcessed>").contains("<Journal>");
        assertThat(syspro.books().invoiceBalance("100466")).isEqualByComparingTo("0");
        assertThat(syspro.books().payments()).singleElement().extracting(SysproBooks.Payment::reference).isEqualTo("OPAYO-1");
    }

    @Test
    void gentjlPostsOnlyBalancedJournalsIntoAnOpenPeriod() throws Exception {
        String session = logon();
        String unbalanced = post(session, "GENTJL", "<PostGlJournal/>", journal("3", "10.00", "-9.99"));
        assertThat(unbalanced).contains("Journal does not balance");
        syspro.books().closePeriod(2026, 3);
        assertThat(post(session, "GENTJL", "<PostGlJournal/>", journal("3", "10.00", "-10.00"))).contains("is not open");
        syspro.books().openPeriod(2026, 3);
        assertThat(post(session, "GENTJL", "<PostGlJournal/>", journal("3", "10.00", "-10.00"))).contains("<ItemsProcessed>000001");
        assertThat(syspro.books().ledgerBalance("1000")).isEqualByComparingTo("10.00");
        assertThat(syspro.books().journals()).hasSize(1);
    }

    @Test
    void nonNumericPeriodsLinesAndRowCountsAreSysproErrorsNotServerFailures() throws Exception {
        String session = logon();
        HttpResponse<String> journal = get("/Transaction/Post", "UserId", session, "BusinessObject", "GENTJL", "XmlParameters",
                "<PostGlJournal/>", "XmlIn", journal("III", "10.00", "-10.00").replace("<PostingYear>2026<", "<PostingYear>20x6<"));
        assertThat(journal.statusCode()).isEqualTo(200);
        assertThat(journal.body()).contains("<PostingPeriod><Value>III</Value><ErrorNumber>100001</ErrorNumber>")
                .contains("<PostingYear><Value>20x6</Value><ErrorNumber>100001</ErrorNumber>")
                .contains("<ItemsInvalid>000001</ItemsInvalid>");
        assertThat(syspro.books().journals()).isEmpty();

        HttpResponse<String> order = get("/Transaction/Post", "UserId", session, "BusinessObject", "SORTOI", "XmlParameters",
                "<SalesOrders><Parameters><Process>IMPORT</Process></Parameters></SalesOrders>",
                "XmlIn", "<SalesOrders><Orders><OrderHeader><CustomerPoNumber>WEB-L</CustomerPoNumber><Customer>000001</Customer>"
                        + "</OrderHeader><OrderDetails><StockLine><CustomerPoLine>one</CustomerPoLine><StockCode>A100</StockCode>"
                        + "<OrderQty>1</OrderQty></StockLine></OrderDetails></Orders></SalesOrders>");
        assertThat(order.statusCode()).isEqualTo(200);
        assertThat(order.body()).contains("<CustomerPoLine><Value>one</Value><ErrorNumber>100001</ErrorNumber>");
        assertThat(syspro.books().salesOrders()).isEmpty();

        HttpResponse<String> rows = get("/Query/Query", "UserId", session, "BusinessObject", "COMFND", "XmlIn",
                "<Query><TableName>ArCustomer</TableName><ReturnRows>ten</ReturnRows><Columns><Column>Customer</Column></Columns></Query>");
        assertThat(rows.statusCode()).isEqualTo(200);
        assertThat(rows.body()).isEqualTo("ERROR: ReturnRows 'ten' is not numeric");
    }

    @Test
    void arsscsAddAnswersInLowerCaseAndAssignsANumberWhenTheKeyIsEmpty() throws Exception {
        String answer = setup(logon(), "/Setup/Add", "ARSSCS", "<SetupArCustomer><Parameters><ValidateOnly>N</ValidateOnly>"
                + "</Parameters></SetupArCustomer>", "<SetupArCustomer><Item><Key><Customer/></Key><Name>Café Zoë</Name></Item>"
                + "</SetupArCustomer>");
        assertThat(answer).contains("<setuparcustomer>").contains("<key><customer>000001</customer></key>")
                .contains("<RecordsInvalid>0</RecordsInvalid>");
        assertThat(syspro.books().customer("000001")).isPresent(); // the seeded one
        assertThat(query(logon(), "ARSQRY", "<Query><Key><Customer>000001</Customer></Key></Query>")).contains("<ArCustomer");
    }

    @Test
    void nonAsciiTextIsSentAsCharacterReferencesSoTheDeclarationHolds() throws Exception {
        syspro.books().customer("C2", "Café Zoë £", "GBP");
        String xml = query(logon(), "ARSQRY", "<Query><Key><Customer>C2</Customer></Key></Query>");
        assertThat(xml).contains("Caf&#233; Zo&#235; &#163;").matches("\\A\\p{ASCII}*\\z");
    }

    @Test
    void windows1252BytesSendsNonAsciiAsSingleBytesUnderTheDeclaration() throws Exception {
        syspro.books().customer("C2", "Café € £", "GBP");
        syspro.windows1252Bytes(true);
        byte[] body = getBytes("/Query/Query", "UserId", logon(), "BusinessObject", "ARSQRY", "XmlIn",
                "<Query><Key><Customer>C2</Customer></Key></Query>");
        String ascii = new String(body, StandardCharsets.ISO_8859_1);
        assertThat(ascii).startsWith("<?xml version=\"1.0\" encoding=\"Windows-1252\"?>").doesNotContain("&#");
        // é is 0xE9, € 0x80 and £ 0xA3 in Windows-1252; UTF-8 would have sent two or three bytes each.
        String name = "Caf\u00e9 \u0080 \u00a3"; // the same bytes read one to one
        assertThat(ascii).contains(name);
        assertThat(new String(body, java.nio.charset.Charset.forName("windows-1252"))).contains("Café € £");
    }

    @Test
    void windows1252BytesLeavesSyspro8JsonFramingInUtf8() throws Exception {
        syspro.books().customer("C2", "Café", "GBP");
        syspro.windows1252Bytes(true).framing(SysproEmulator.Framing.SYSPRO8_JSON);
        String session = new com.fasterxml.jackson.databind.ObjectMapper().readValue(logon(), String.class);
        byte[] body = getBytes("/Query/Query", "UserId", session, "BusinessObject", "ARSQRY", "XmlIn",
                "<Query><Key><Customer>C2</Customer></Key></Query>");
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("Caf&#233;");
    }

    @Test
    void latencyDelaysOnlyTheSelectedCalls() throws Exception {
        String session = logon();
        syspro.faults().latency(Duration.ofMillis(30)).only(r -> "INVQRY".equals(r.query().get("BusinessObject")));
        long start = System.nanoTime();
        assertThat(query(session, "INVQRY", "<Query><Key><StockCode>A100</StockCode></Key></Query>")).contains("<InvQuery");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
        // The delay is an answer's, not a failure: the call was processed.
        assertThat(syspro.calls("INVQRY")).isEqualTo(1);
        syspro.faults().clear();
    }

    @Test
    void anErrorRateFailsSelectedCallsUnprocessedRepeatablyForASeed() throws Exception {
        String session = logon();
        int[] first = errorPattern(session, 11);
        int[] again = errorPattern(session, 11);
        assertThat(again).containsExactly(first); // the same seed gives the same faults
        long failed = java.util.Arrays.stream(first).filter(status -> status == 503).count();
        assertThat(failed).isBetween(1L, 19L); // a share, not all or none
        // Failed calls never reached the books: only the answered ones were counted as INVQRY calls.
        assertThat(syspro.calls("INVQRY")).isEqualTo((int) (2 * (20 - failed)));
        syspro.faults().seed(11).errorRate(1.0).only(r -> "INVQRY".equals(r.query().get("BusinessObject")));
        assertThat(get("/Logon", "Operator", "ADMIN", "OperatorPassword", "secret1", "CompanyId", "EDU1", "CompanyPassword", "")
                .statusCode()).isEqualTo(200); // the filter leaves other calls alone
        syspro.faults().clear();
    }

    /** Twenty INVQRY calls under a 50% error rate from this seed; the status of each. */
    private int[] errorPattern(String session, long seed) throws Exception {
        syspro.faults().seed(seed).errorRate(0.5).only(r -> "INVQRY".equals(r.query().get("BusinessObject")));
        int[] statuses = new int[20];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = get("/Query/Query", "UserId", session, "BusinessObject", "INVQRY", "XmlIn",
                    "<Query><Key><StockCode>A100</StockCode></Key></Query>").statusCode();
        }
        syspro.faults().clear();
        return statuses;
    }

    @Test
    void comfndRefusesAnUnknownTableOrColumn() throws Exception {
        String session = logon();
        assertThat(query(session, "COMFND", "<Query><TableName>Nope</TableName><Columns><Column>X</Column></Columns></Query>"))
                .startsWith("ERROR: Table 'Nope'");
        assertThat(query(session, "COMFND", "<Query><TableName>ArCustomer</TableName><Columns><Column>Nope</Column></Columns></Query>"))
                .startsWith("ERROR: Column 'Nope'");
    }

    @Test
    void aResetAfterProcessingStillCreatesTheOrder() throws Exception {
        String session = logon();
        syspro.faults().resetAfterProcessing(1.0);
        assertThatThrownBy(() -> post(session, "SORTOI", "<SalesOrders><Parameters><Process>IMPORT</Process></Parameters></SalesOrders>",
                "<SalesOrders><Orders><OrderHeader><CustomerPoNumber>WEB-9</CustomerPoNumber><Customer>000001</Customer></OrderHeader>"
                        + "<OrderDetails><StockLine><StockCode>A100</StockCode><OrderQty>1</OrderQty></StockLine></OrderDetails>"
                        + "</Orders></SalesOrders>")).isInstanceOf(IOException.class);
        syspro.faults().clear();
        assertThat(syspro.books().salesOrders()).extracting(SysproBooks.SalesOrder::customerPoNumber).containsExactly("WEB-9");
    }

    @Test
    void anythingButGetUnderTheRestRootIsNotFound() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(syspro.baseUrl() + "/SYSPROWCFService/Rest/Logon"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void getLogonProfileDescribesTheSessionsCompanyAndOperator() throws Exception {
        String xml = get("/GetLogonProfile", "UserId", logon()).body();
        assertThat(xml).contains("<CompanyName>Outdoors Ltd</CompanyName>").contains("<OperatorCode>ADMIN</OperatorCode>")
                .contains("<AccountingDate>2026/03/02</AccountingDate>").contains("<LocalCurrencyCode>GBP</LocalCurrencyCode>");
    }

    @Test
    void creditNotesNeedAKnownInvoiceFromTheSameCustomerAndAreFoundByCustomerPoNumber() throws Exception {
        String session = logon();
        String bad = post(session, "SORTCI", "<SOCreditNote/>", "<SOCreditNote><Item><Customer>000001</Customer>"
                + "<CustomerPoNumber>REFUND-1</CustomerPoNumber><InvoiceNumber>999</InvoiceNumber></Item></SOCreditNote>");
        assertThat(bad).contains("<ErrorNumber>100071</ErrorNumber>");
        String good = post(session, "SORTCH", "<SOCreditNoteHeader/>", "<SOCreditNoteHeader><Item><Customer>000001</Customer>"
                + "<CustomerPoNumber>REFUND-1</CustomerPoNumber><CreditNoteDate>2026-03-02</CreditNoteDate></Item></SOCreditNoteHeader>");
        assertThat(good).contains("<CreditNoteNumber>000101</CreditNoteNumber>");
        assertThat(syspro.books().salesOrders()).singleElement().satisfies(o -> assertThat(o.documentType()).isEqualTo("C"));
    }

    @Test
    void aBusinessObjectCalledWithTheWrongMethodIsAnException() throws Exception {
        assertThat(query(logon(), "SORTOI", "<SalesOrders/>")).startsWith("ERROR: Business object SORTOI does not support method Query");
    }

    @Test
    void anOutageAnswersItsStatusUnprocessedThenServiceResumes() throws Exception {
        String session = logon();
        syspro.faults().outage(1, 503);
        assertThat(get("/Query/Query", "UserId", session, "BusinessObject", "INVQRY", "XmlIn",
                "<Query><Key><StockCode>A100</StockCode></Key></Query>").statusCode()).isEqualTo(503);
        assertThat(query(session, "INVQRY", "<Query><Key><StockCode>A100</StockCode></Key></Query>")).contains("<InvQuery");
    }

    @Test
    void syspro8FramingQuotesErrorsAndXmlToo() throws Exception {
        syspro.framing(SysproEmulator.Framing.SYSPRO8_JSON);
        String session = new com.fasterxml.jackson.databind.ObjectMapper().readValue(logon(), String.class);
        String answer = query(session, "INVQRY", "<Query><Key><StockCode>NOPE</StockCode></Key></Query>");
        assertThat(answer).isEqualTo("\"ERROR: Stock code 'NOPE' not found\"");
        assertThat(query(session, "INVQRY", "<Query><Key><StockCode>A100</StockCode></Key></Query>"))
                .startsWith("\"<?xml version=\\\"1.0\\\" encoding=\\\"Windows-1252\\\"?>");
    }

    @Test
    void arsscsUpdateAndDeleteNeedAnExistingCustomerAndValidateOnlyChangesNothing() throws Exception {
        String session = logon();
        String missing = setup(session, "/Setup/Update", "ARSSCS", "<SetupArCustomer/>",
                "<SetupArCustomer><Item><Key><Customer>NOPE</Customer></Key><Email>x@y.example</Email></Item></SetupArCustomer>");
        assertThat(missing).contains("<errornumber>110004</errornumber>").contains("<RecordsInvalid>1</RecordsInvalid>");
        setup(session, "/Setup/Update", "ARSSCS", "<SetupArCustomer><Parameters><ValidateOnly>Y</ValidateOnly></Parameters>"
                + "</SetupArCustomer>", "<SetupArCustomer><Item><Key><Customer>000001</Customer></Key><Email>x@y.example</Email>"
                + "</Item></SetupArCustomer>");
        assertThat(syspro.books().customer("000001").orElseThrow().email()).isEmpty();
        String inUse = setup(session, "/Setup/Delete", "ARSSCS", "<SetupArCustomer/>",
                "<SetupArCustomer><Item><Key><Customer>000001</Customer></Key></Item></SetupArCustomer>");
        assertThat(inUse).contains("<errornumber>110020</errornumber>");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    @Test
    void sortoiImportsInTheStatusItsParameterNamesAndSortosReleasesOnlyWithACreditAuthority() throws Exception {
        String session = logon();
        String answer = post(session, "SORTOI", "<SalesOrders><Parameters><Process>IMPORT</Process><OrderStatus>S</OrderStatus>"
                        + "</Parameters></SalesOrders>",
                "<SalesOrders><Orders><OrderHeader><CustomerPoNumber>WEB-S</CustomerPoNumber><Customer>000001</Customer></OrderHeader>"
                        + "<OrderDetails><StockLine><StockCode>A100</StockCode><OrderQty>1</OrderQty></StockLine>"
                        + "<CommentLine><CustomerPoLine>2</CustomerPoLine><Comment>Held: risk REVIEW</Comment></CommentLine>"
                        + "</OrderDetails></Orders></SalesOrders>");
        assertThat(answer).contains("<SalesOrder>000101</SalesOrder>");
        assertThat(query(session, "SORQRY", "<Query><Key><SalesOrder>000101</SalesOrder></Key></Query>"))
                .contains("<OrderStatus>S</OrderStatus>").contains("<OrderStatusDesc>In suspense</OrderStatusDesc>");
        assertThat(syspro.books().salesOrders().get(0).comments()).containsExactly("Held: risk REVIEW");
        String release = "<PostSorOrderStatus><Item><SalesOrder>000101</SalesOrder><NewOrderStatus>1</NewOrderStatus>%s</Item>"
                + "</PostSorOrderStatus>";
        String apply = "<PostSorOrderStatus><Parameters><ValidateOnly>N</ValidateOnly></Parameters></PostSorOrderStatus>";
        // ValidateOnly defaults to Y (SORTOS's generated classes): without N nothing changes.
        assertThat(post(session, "SORTOS", "<PostSorOrderStatus><Parameters/></PostSorOrderStatus>",
                release.formatted("<CreditAuthority>OPS</CreditAuthority>"))).contains("<Status>Successful</Status>");
        assertThat(syspro.books().salesOrders().get(0).status()).isEqualTo("S");
        assertThat(post(session, "SORTOS", apply, release.formatted(""))).contains("<ErrorNumber>100093</ErrorNumber>")
                .contains("<ItemsProcessed>000000</ItemsProcessed>");
        assertThat(post(session, "SORTOS", apply, release.formatted("<OrderStatus>1</OrderStatus><CreditAuthority>OPS</CreditAuthority>")))
                .contains("<ErrorNumber>100091</ErrorNumber>");
        assertThat(post(session, "SORTOS", apply, release.formatted("<CreditAuthority>OPS</CreditAuthority>")))
                .contains("<ItemsProcessed>000001</ItemsProcessed>");
        assertThat(syspro.books().salesOrders().get(0).status()).isEqualTo("1");
        assertThat(post(session, "SORTOI", "<SalesOrders><Parameters><OrderStatus>7</OrderStatus></Parameters></SalesOrders>",
                "<SalesOrders/>")).startsWith("ERROR").contains("OrderStatus");
    }

    @Test
    void sortclAddsAValuedNonStockedLineToAnExistingCreditNoteThatComfndReads() throws Exception {
        String session = logon();
        post(session, "SORTCH", "<SOCreditNoteHeader><Parameters><ValidateOnly>N</ValidateOnly></Parameters></SOCreditNoteHeader>",
                "<SOCreditNoteHeader><Item><Customer>000001</Customer><CustomerPoNumber>RF-1</CustomerPoNumber>"
                        + "<InvoiceNumber>100466</InvoiceNumber></Item></SOCreditNoteHeader>");
        String line = "<SOCreditNoteLine><Item><CreditNoteNumber>%s</CreditNoteNumber><NonStockedLine>Y</NonStockedLine>"
                + "<StockCode>OPAYO-CREDIT</StockCode><Warehouse>%s</Warehouse><OrderQty>1</OrderQty><Price>7.50</Price></Item>"
                + "</SOCreditNoteLine>";
        String params = "<SOCreditNoteLine><Parameters><ValidateOnly>N</ValidateOnly></Parameters></SOCreditNoteLine>";
        assertThat(post(session, "SORTCL", params, line.formatted("000101", "FG"))).contains("<ErrorNumber>100082</ErrorNumber>");
        assertThat(post(session, "SORTCL", params, line.formatted("999999", "**"))).contains("<ErrorNumber>100080</ErrorNumber>");
        assertThat(post(session, "SORTCL", params, line.formatted("000101", "**"))).contains("<ItemsProcessed>000001</ItemsProcessed>");
        assertThat(syspro.books().salesOrders().get(0).value()).isEqualByComparingTo("7.50");
        assertThat(query(session, "COMFND", "<Query><TableName>SorDetail</TableName><Columns><Column>MPrice</Column>"
                + "<Column>MOrderQty</Column></Columns><Where><Expression><Column>SalesOrder</Column><Condition>EQ</Condition>"
                + "<Value>000101</Value></Expression></Where></Query>"))
                .contains("<MPrice>7.50</MPrice>").contains("<MOrderQty>1</MOrderQty>");
    }

    private static String payment(String value, String gross) {
        return "<PostArPayment><Item><Payment><Customer>000001</Customer><PaymentValue>" + value + "</PaymentValue>"
                + "<Reference>OPAYO-1</Reference><Bank>GB</Bank><PaymentType>C</PaymentType><InvoiceToPay><TransactionType>I"
                + "</TransactionType><Invoice>100466</Invoice><GrossPaymentValue>" + gross + "</GrossPaymentValue></InvoiceToPay>"
                + "</Payment></Item></PostArPayment>";
    }

    private static String journal(String period, String debit, String credit) {
        return "<PostGlJournal><Item><JournalReference>SETTLE-1</JournalReference><PostingYear>2026</PostingYear><PostingPeriod>"
                + period + "</PostingPeriod><JournalDetails><LedgerCode>1000</LedgerCode><EntryAmount>" + debit + "</EntryAmount>"
                + "</JournalDetails><JournalDetails><LedgerCode>2000</LedgerCode><EntryAmount>" + credit + "</EntryAmount>"
                + "</JournalDetails></Item></PostGlJournal>";
    }

    private String logon() throws Exception {
        return get("/Logon", "Operator", "ADMIN", "OperatorPassword", "secret1", "CompanyId", "EDU1", "CompanyPassword", "").body();
    }

    private String query(String session, String bo, String xml) throws Exception {
        return get("/Query/Query", "UserId", session, "BusinessObject", bo, "XmlIn", xml).body();
    }

    private String post(String session, String bo, String params, String xml) throws Exception {
        return setup(session, "/Transaction/Post", bo, params, xml);
    }

    private String setup(String session, String route, String bo, String params, String xml) throws Exception {
        return get(route, "UserId", session, "BusinessObject", bo, "XmlParameters", params, "XmlIn", xml).body();
    }

    private HttpResponse<String> get(String route, String... pairs) throws Exception {
        return http.send(HttpRequest.newBuilder(url(route, pairs)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private byte[] getBytes(String route, String... pairs) throws Exception {
        return http.send(HttpRequest.newBuilder(url(route, pairs)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private URI url(String route, String... pairs) {
        StringBuilder url = new StringBuilder(syspro.baseUrl()).append("/SYSPROWCFService/Rest").append(route);
        char sep = '?';
        for (int i = 0; i < pairs.length; i += 2) {
            url.append(sep).append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8).replace("+", "%20"));
            sep = '&';
        }
        return URI.create(url.toString());
    }
}
