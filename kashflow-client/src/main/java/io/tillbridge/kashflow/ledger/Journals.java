package io.tillbridge.kashflow.ledger;

import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.TransportException;
import io.tillbridge.kashflow.KashFlowApiException;
import io.tillbridge.kashflow.UnreadableAnswerException;
import io.tillbridge.kashflow.internal.KashFlowSoap;
import io.tillbridge.kashflow.internal.SoapRequest;
import io.tillbridge.kashflow.internal.SoapResult;
import java.time.format.DateTimeFormatter;

/**
 * Journals. REST v2 has {@code /journals} but no published field list (reference: kashflow.md, gaps),
 * so journals go through SOAP {@code InsertJournal} with the documented {@code JournalEntry}. The
 * post is never retried after it may have reached KashFlow. Unlike payments (found by their
 * reference in the invoice's payment lines) and bank transactions (found by comment), the reference
 * gives no way to find a journal, so the client cannot resolve an ambiguous post: it throws
 * {@link JournalOutcomeUnknownException}, and the caller (the flows' effect engine) must hold the
 * work and have the journal looked up by its comment before posting again — never retry blindly.
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
     * @throws JournalOutcomeUnknownException when the post may or may not have been recorded
     * @throws KashFlowApiException when KashFlow refused it ({@code Status NO}, a 4xx): nothing was recorded
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
        SoapResult result;
        try {
            result = soap.call(request, Call.RetryMode.UNSAFE);
        } catch (TransportException | KashFlowApiException e) {
            if (!UnreadableAnswerException.mayHaveTakenEffect(e)) {
                throw e; // it never reached KashFlow, or KashFlow refused it
            }
            throw unknown(journal, e);
        }
        try {
            return Integer.parseInt(result.text());
        } catch (NumberFormatException e) {
            // Status OK without a number: KashFlow accepted something, but which journal is not known.
            throw unknown(journal, new UnreadableAnswerException(200, "InsertJournalResult", "not a journal number", null));
        }
    }

    private static JournalOutcomeUnknownException unknown(JournalRequest journal, Exception cause) {
        return new JournalOutcomeUnknownException(journal.comment(), "journal '" + journal.comment()
                + "' may have been recorded; KashFlow offers no lookup for journals, so check it there before posting again", cause);
    }
}
