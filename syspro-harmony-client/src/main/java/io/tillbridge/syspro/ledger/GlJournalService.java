package io.tillbridge.syspro.ledger;

import io.tillbridge.syspro.LookupResult;
import io.tillbridge.syspro.PostingOutcome;
import io.tillbridge.syspro.PostingResult;
import io.tillbridge.syspro.internal.SysproConnection;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.tables.SysproTables;
import io.tillbridge.syspro.tables.TableService;
import java.util.Map;
import java.util.Objects;

/** General-ledger journals through GENTJL, and the lookup of a journal by its reference. */
public final class GlJournalService {

    static final String POST = "GENTJL";

    private final SysproConnection enet;
    private final TableService tables;

    /**
     * Creates the service; {@link io.tillbridge.syspro.SysproClient} builds it, hosts normally do not.
     *
     * @param enet   the e.net session
     * @param tables the table lookups
     */
    public GlJournalService(SysproConnection enet, TableService tables) {
        this.enet = Objects.requireNonNull(enet, "enet");
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /**
     * Posts a journal; repeated after an ended session only when the lookup by reference proves it absent.
     *
     * @param journal the journal
     * @return what was done
     */
    public PostingOutcome<PostingResult> post(GlJournal journal) {
        return enet.post(POST, journal.parameters(), journal.document(),
                journal.options().validateOnly() ? null : () -> find(journal.reference()))
                .outcome(answer -> PostingResult.from(answer, journal.options().validateOnly()));
    }

    /**
     * The journal with this reference: found, proven absent, or unknown.
     *
     * @param reference the journal's reference
     * @return the lookup's answer
     */
    public LookupResult<Map<String, String>> find(String reference) {
        new Violations().required("reference", reference).throwIfAny();
        return tables.find(SysproTables.GL_JOURNALS, SysproTables.JOURNAL_REFERENCE, reference,
                SysproTables.JOURNAL_REFERENCE, SysproTables.JOURNAL);
    }
}
