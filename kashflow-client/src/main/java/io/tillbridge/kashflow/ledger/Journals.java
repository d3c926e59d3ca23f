package io.tillbridge.kashflow.ledger;

import io.tillbridge.client.internal.http.Call;
import io.tillbridge.kashflow.KashFlowApiException;
import io.tillbridge.kashflow.internal.KashFlowSoap;
import io.tillbridge.kashflow.internal.SoapRequest;
import io.tillbridge.kashflow.internal.SoapResult;
import java.time.format.DateTimeFormatter;

/**
 * Journals. REST v2 has {@code /journals} but no published field list (reference: kashflow.md, gaps),
 * so journals go through SOAP {@code InsertJournal} with the documented {@code JournalEntry}. The
 * post is never retried after it may have reached KashFlow; SOAP offers no journal search by
 * comment, so an ambiguous post surfaces as an outcome-unknown {@link io.tillbridge.client.TransportException}
 * for a person or the effect engine to resolve.
 */
public final class Journals {

    private static final DateTimeFormatter SOAP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final KashFlowSoap soap;

    /**
     * Creates the service; {@link io.tillbridge.kashflow.KashFlowClient} builds it, hosts normally do not.
     *
     * @param soap the SOAP transport
     */
    public Journals(KashFlowSoap soap) {
        this.soap = soap;
    }

    /**
     * Inserts a journal (SOAP {@code InsertJournal}).
     *
     * @param journal the journal
     * @return KashFlow's journal number
     */
    public int insert(JournalRequest journal) {
        SoapRequest request = new SoapRequest("InsertJournal").open("Jnl")
                .text("DBID", 0)
                .text("JournalNumber", 0)
                .text("JournalDate", journal.date().atTime(12, 0).format(SOAP_DATE))
                .text("Comment", journal.comment())
                .open("Lines");
        for (JournalRequest.Line line : journal.lines()) {
            request.openTyped("JournalLine")
                    .text("NominalID", line.nominalId())
                    .text("Amount", line.amount().toPlainString())
                    .text("Comment", line.comment() == null ? journal.comment() : line.comment())
                    .text("ProjId", 0)
                    .close("anyType");
        }
        request.close("Lines").close("Jnl");
        SoapResult result = soap.call(request, Call.RetryMode.UNSAFE);
        try {
            return Integer.parseInt(result.text());
        } catch (NumberFormatException e) {
            throw new KashFlowApiException(200, null, "InsertJournal answered '" + result.text() + "', not a number", null);
        }
    }
}
