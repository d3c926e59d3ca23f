package io.tillbridge.opayo.reporting;

import io.tillbridge.client.ApiException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.internal.paging.LazyPages;
import io.tillbridge.opayo.transactions.TransactionLookup;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The Reporting &amp; Admin API: transaction lookups (how ambiguous payments are resolved), transaction
 * lists and settlement batches. XML posted in the form field {@code XML}, signed with MD5 (reference:
 * opayo.md §2). Lists page lazily, 50 rows a call (the API's limit, error 0099), and date ranges are
 * split into windows of at most one month (error 0039). Obtain it from {@code OpayoClient.reporting()}.
 */
public final class ReportingService implements TransactionLookup {

    /** Reporting's error code for "no transaction for that vendortxcode or vpstxid" (Elavon's error-code table). */
    static final String NOT_FOUND = "0043";
    static final int PAGE = 50;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter REQUEST_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter ANSWER_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss[.SSS][.SS][.S]");

    private final HttpTransport transport;
    private final String path;
    private final String vendor;
    private final String user;
    private final Secret password;

    /**
     * Creates the service; {@link io.tillbridge.opayo.OpayoClient} builds it, hosts normally do not.
     *
     * @param transport a transport whose base is the reporting host
     * @param path      the endpoint path, {@code /access/access.htm}
     * @param vendor    the Opayo vendor name
     * @param user      the Reporting API user
     * @param password  its password
     */
    public ReportingService(HttpTransport transport, String path, String vendor, String user, Secret password) {
        this.transport = transport;
        this.path = path;
        this.vendor = vendor;
        this.user = user;
        this.password = password;
    }

    /**
     * The transaction recorded under a vendorTxCode, or empty when Opayo has none (0043).
     *
     * @param vendorTxCode the code
     * @return the transaction, or empty
     */
    public Optional<TransactionDetail> transactionDetail(String vendorTxCode) {
        if (vendorTxCode == null || vendorTxCode.isBlank()) {
            throw new io.tillbridge.client.ValidationException("vendorTxCode", "must not be blank");
        }
        Map<String, String> elements = new LinkedHashMap<>();
        elements.put("vendortxcode", vendorTxCode);
        XmlElement answer;
        try {
            answer = call("getTransactionDetail", elements);
        } catch (ReportingException e) {
            if (NOT_FOUND.equals(e.errorCode())) {
                return Optional.empty();
            }
            throw e;
        }
        Map<String, String> fields = new LinkedHashMap<>(answer.fields());
        fields.remove("securitykey");
        fields.remove("errorcode");
        fields.remove("timestamp");
        return Optional.of(new TransactionDetail(answer.text("vpstxid"), answer.text("vendortxcode"),
                answer.text("transactiontype"), answer.text("status"), decimal(answer.text("amount")),
                answer.text("currency"), answer.text("batchid"), answer.text("bankauthcode"), fields));
    }

    /**
     * The fraud screening of a transaction ({@code getFraudScreenDetail}), in whichever form the
     * vendor's provider answers: ReD (recommendation, fraud id, code and detail) or The 3rd Man (id,
     * score, action and the rules that fired).
     *
     * @param vpsTxId Opayo's id, with or without braces
     * @return the fraud screen
     */
    public FraudScreen fraudScreen(String vpsTxId) {
        if (vpsTxId == null || vpsTxId.isBlank()) {
            throw new io.tillbridge.client.ValidationException("vpsTxId", "must not be blank");
        }
        String id = vpsTxId.startsWith("{") ? vpsTxId : "{" + vpsTxId + "}";
        Map<String, String> elements = new LinkedHashMap<>();
        elements.put("vpstxid", id);
        XmlElement answer = call("getFraudScreenDetail", elements);
        String provider = answer.text("fraudprovidername");
        Map<String, String> fields = new LinkedHashMap<>(answer.fields());
        fields.remove("errorcode");
        fields.remove("timestamp");
        if ("T3M".equalsIgnoreCase(provider) || answer.child("t3mid") != null || answer.child("t3maction") != null) {
            List<FraudScreen.Rule> rules = new ArrayList<>();
            for (XmlElement results : answer.children("t3mresults")) {
                List<XmlElement> nested = results.children("rule");
                for (XmlElement rule : nested.isEmpty() ? List.of(results) : nested) {
                    if (rule.text("description") != null || rule.text("score") != null) {
                        rules.add(new FraudScreen.Rule(rule.text("description"), rule.text("score")));
                    }
                }
            }
            return new FraudScreen.ThirdMan(answer.text("t3mid"), answer.text("t3mscore"), answer.text("t3maction"), rules, fields);
        }
        if ("ReD".equalsIgnoreCase(provider) || answer.child("fraudscreenrecommendation") != null) {
            return new FraudScreen.Red(answer.text("fraudscreenrecommendation"), answer.text("fraudid"), answer.text("fraudcode"),
                    answer.text("fraudcodedetail"), fields);
        }
        return new FraudScreen.NotScreened(provider, fields);
    }

    /**
     * How many card tokens the vendor holds ({@code getTokenCount}). Our reference does not name the
     * answer's element, so the count is the answer's one numeric field; an answer with none or several
     * is an error rather than a guess.
     *
     * @return the number of tokens
     */
    public long tokenCount() {
        XmlElement answer = call("getTokenCount", new LinkedHashMap<>());
        Map<String, String> fields = new LinkedHashMap<>(answer.fields());
        fields.remove("errorcode");
        fields.remove("timestamp");
        List<String> numbers = fields.values().stream().filter(v -> v != null && v.matches("\\d{1,18}")).toList();
        if (numbers.size() != 1) {
            throw new ReportingException(200, null, "getTokenCount answered " + fields.keySet() + "; expected one count");
        }
        return Long.parseLong(numbers.get(0));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Only Reporting's "not found" (0043) proves absence. An answer that reports success but carries
     * no {@code vpstxid} proves nothing: it is an error, so the payment is never sent again on its word.
     */
    @Override
    public Optional<String> transactionIdFor(String vendorTxCode) {
        Optional<TransactionDetail> detail = transactionDetail(vendorTxCode);
        if (detail.isPresent()) {
            String id = detail.get().transactionId();
            if (id == null || id.isBlank()) {
                throw new ReportingException(200, null, "getTransactionDetail for " + vendorTxCode
                        + " answered 0000 without a vpstxid; whether the transaction exists is unknown");
            }
            return Optional.of(id);
        }
        return detail.map(TransactionDetail::transactionId);
    }

    /**
     * Every transaction started in [from, to), fetched lazily page by page.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return the transactions
     * @throws io.tillbridge.client.ValidationException when {@code to} is not after {@code from}
     */
    public Stream<ReportedTransaction> transactions(Instant from, Instant to) {
        List<Instant[]> windows = monthlyWindows(from, to);
        return windows.stream().flatMap(window -> paged(startRow -> {
            Map<String, String> elements = new LinkedHashMap<>();
            elements.put("startdate", REQUEST_DATE.format(window[0].atZone(UK)));
            elements.put("enddate", REQUEST_DATE.format(window[1].minusSeconds(1).atZone(UK)));
            elements.put("startrow", Integer.toString(startRow));
            elements.put("endrow", Integer.toString(startRow + PAGE - 1));
            return rows(call("getTransactionList", elements));
        }));
    }

    /**
     * The settlement batches that closed in [from, to).
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return the batches
     */
    public List<Batch> batches(Instant from, Instant to) {
        List<Batch> batches = new ArrayList<>();
        for (Instant[] window : monthlyWindows(from, to)) {
            Map<String, String> elements = new LinkedHashMap<>();
            elements.put("startdate", REQUEST_DATE.format(window[0].atZone(UK)));
            elements.put("enddate", REQUEST_DATE.format(window[1].minusSeconds(1).atZone(UK)));
            XmlElement answer = call("getBatchList", elements);
            XmlElement list = answer.child("batches");
            for (XmlElement batch : list == null ? List.<XmlElement>of() : list.children("batch")) {
                List<Batch.Group> groups = new ArrayList<>();
                XmlElement groupList = batch.child("transactiongroups");
                for (XmlElement group : groupList == null ? List.<XmlElement>of() : groupList.children("transactiongroup")) {
                    groups.add(new Batch.Group(longValue(group.text("paymentnumber")), decimalOrZero(group.text("paymentvalue")),
                            decimalOrZero(group.text("refundvalue")), group.text("currency")));
                }
                batches.add(new Batch(batch.text("batchid"), batch.text("authprocessorname"), date(batch.text("completed")), groups));
            }
        }
        return batches;
    }

    /**
     * The transactions in one batch, fetched lazily page by page.
     *
     * @param batchId       the batch id
     * @param authProcessor the batch's authorisation processor, as the batch lists it
     * @return the transactions
     */
    public Stream<ReportedTransaction> batchTransactions(String batchId, String authProcessor) {
        if (batchId == null || batchId.isBlank()) {
            throw new io.tillbridge.client.ValidationException("batchId", "must not be blank");
        }
        if (authProcessor == null || authProcessor.isBlank()) {
            throw new io.tillbridge.client.ValidationException("authProcessor", "must not be blank");
        }
        return paged(startRow -> {
            Map<String, String> elements = new LinkedHashMap<>();
            elements.put("batchid", batchId);
            elements.put("authprocessor", authProcessor);
            elements.put("startrow", Integer.toString(startRow));
            elements.put("endrow", Integer.toString(startRow + PAGE - 1));
            return rows(call("getBatchDetail", elements));
        });
    }

    private XmlElement call(String command, Map<String, String> elements) {
        String xml = ReportingXml.command(command, vendor, user, password, elements);
        // Reporting commands only read; repeating one is safe.
        HttpResult result = transport.send(Call.post(path, Call.RetryMode.SAFE)
                .formBody("XML=" + URLEncoder.encode(xml, StandardCharsets.UTF_8))
                .operation("reporting." + command).build());
        if (!result.isSuccess()) {
            throw new ReportingException(result.status(), null, "HTTP " + result.status());
        }
        XmlElement answer;
        try {
            answer = ReportingXml.parse(result.body());
        } catch (IOException e) {
            throw new ApiException("Opayo Reporting", result.status(), List.of(), result.redact(e.getMessage()), result.requestId());
        }
        String errorCode = answer.text("errorcode");
        if (!"0000".equals(errorCode)) {
            throw new ReportingException(result.status(), result.redact(errorCode), result.redact(answer.text("error")));
        }
        return answer;
    }

    private static List<ReportedTransaction> rows(XmlElement answer) {
        XmlElement list = answer.child("transactions");
        if (list == null) {
            return List.of();
        }
        List<ReportedTransaction> rows = new ArrayList<>();
        for (XmlElement row : list.children("transaction")) {
            Map<String, String> fields = new LinkedHashMap<>(row.fields());
            fields.remove("securitykey");
            rows.add(new ReportedTransaction(row.text("vpstxid"), row.text("vendortxcode"), row.text("transactiontype"),
                    row.text("result"), decimal(row.text("amount")), row.text("currency"), row.text("started"), fields));
        }
        return rows;
    }

    /** Pages of {@link #PAGE} rows from row 1 until a short page. Only one page is held at a time. */
    private static Stream<ReportedTransaction> paged(Function<Integer, List<ReportedTransaction>> page) {
        return LazyPages.stream(startRow -> {
            List<ReportedTransaction> rows = page.apply(startRow);
            return new LazyPages.Fetched<>(rows, rows.size() >= PAGE);
        }, 1, PAGE);
    }

    /** [from, to) split into windows of at most one calendar month, as the API requires. */
    static List<Instant[]> monthlyWindows(Instant from, Instant to) {
        io.tillbridge.client.ValidationException.required(from, "from");
        io.tillbridge.client.ValidationException.required(to, "to");
        if (!from.isBefore(to)) {
            throw new io.tillbridge.client.ValidationException("to", "must be after from (" + from + "), got " + to);
        }
        List<Instant[]> windows = new ArrayList<>();
        Instant start = from;
        while (start.isBefore(to)) {
            Instant end = start.atZone(UK).plusMonths(1).toInstant();
            if (end.isAfter(to)) {
                end = to;
            }
            windows.add(new Instant[] {start, end});
            start = end;
        }
        return windows;
    }

    private static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ApiException("Opayo Reporting", 200, List.of(), "amount '" + text + "' is not a number", null);
        }
    }

    private static BigDecimal decimalOrZero(String text) {
        BigDecimal value = decimal(text);
        return value == null ? BigDecimal.ZERO : value;
    }

    private static long longValue(String text) {
        return text == null ? 0 : Long.parseLong(text.trim());
    }

    private static LocalDateTime date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, ANSWER_DATE);
        } catch (DateTimeParseException e) {
            throw new ApiException("Opayo Reporting", 200, List.of(), "date '" + text + "' is not dd/MM/yyyy HH:mm:ss", null);
        }
    }
}
