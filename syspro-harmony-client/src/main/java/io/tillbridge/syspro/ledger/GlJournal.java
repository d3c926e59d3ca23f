package io.tillbridge.syspro.ledger;

import io.tillbridge.syspro.PostingOptions;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.internal.PostingParameters;
import io.tillbridge.syspro.internal.XmlNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A GENTJL general-ledger journal (reference: syspro.md §4 GENTJL; "GENTJE" does not exist): parameters
 * {@code PostGlJournal>Parameters>{IgnoreWarnings, ApplyIfEntireDocumentValid, ValidateOnly, ActionType}},
 * document {@code PostGlJournal>Item>{JournalType, PostJournal, JournalDate, JournalReference, Notation,
 * PostingPeriod, PostingYear, SourceCode, JournalDetails*>{EntryNumber, LedgerCode, Reference,
 * EntryAmount, Comment}}}.
 *
 * <p>UNVERIFIED: the sign convention of {@code EntryAmount} (the reference lists no debit/credit
 * element); this client sends debits positive and credits negative, and refuses a journal whose entries
 * do not add up to zero before sending it. The period must be open in SYSPRO; a journal for a closed
 * period comes back as a validation error.
 *
 * @param type          {@code JournalType}
 * @param journalDate   {@code JournalDate}
 * @param reference     {@code JournalReference}, this client's key for the "already posted?" lookup
 * @param notation      {@code Notation}, the journal's description
 * @param postingPeriod 1–13, or null for SYSPRO's current GL period
 * @param postingYear   or null for the current GL year
 * @param sourceCode    {@code SourceCode}
 * @param entries       the {@code JournalDetails} entries; they must add up to zero
 * @param options       how SYSPRO posts it: validate only, all or nothing, warnings
 */
public record GlJournal(JournalType type, LocalDate journalDate, String reference, String notation, Integer postingPeriod,
                        Integer postingYear, String sourceCode, List<Entry> entries, PostingOptions options) {

    static final String ROOT = "PostGlJournal";

    /** {@code JournalType}: N normal, P provisional, U user-defined, S statistical, L alternate currency. */
    public enum JournalType {
        /** Normal. */
        N,
        /** Provisional. */
        P,
        /** User-defined. */
        U,
        /** Statistical. */
        S,
        /** Alternate currency. */
        L
    }

    /**
     * One {@code JournalDetails} entry.
     *
     * @param amount positive for a debit, negative for a credit
     */
    public record Entry(String ledgerCode, BigDecimal amount, String reference, String comment) {
    }

    /**
     * Copies the entries and checks the journal before it is sent: the fields SYSPRO requires, its field
     * lengths, and at least two non-zero entries that add up to zero.
     *
     * @param type          {@code JournalType}
     * @param journalDate   {@code JournalDate}
     * @param reference     {@code JournalReference}, this client's key for the "already posted?" lookup
     * @param notation      {@code Notation}, the journal's description
     * @param postingPeriod 1–13, or null for SYSPRO's current GL period
     * @param postingYear   or null for the current GL year
     * @param sourceCode    {@code SourceCode}
     * @param entries       the {@code JournalDetails} entries; they must add up to zero
     * @param options       how SYSPRO posts it: validate only, all or nothing, warnings
     */
    public GlJournal {
        entries = List.copyOf(entries);
        Violations v = new Violations();
        v.required("type", type).required("journalDate", journalDate).required("reference", reference)
                .maxLength("reference", reference, 30).maxLength("notation", notation, 100).required("options", options)
                .check(postingPeriod == null || postingPeriod >= 1 && postingPeriod <= 13, "postingPeriod", "must be 1 to 13")
                .check(postingYear == null || postingYear >= 1900 && postingYear <= 9999, "postingYear", "must be a four-digit year")
                .check(entries.size() >= 2, "entries", "a journal needs at least two entries");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "entries[" + i + "]";
            v.required(at + ".ledgerCode", e.ledgerCode()).maxLength(at + ".ledgerCode", e.ledgerCode(), 35)
                    .required(at + ".amount", e.amount()).scale(at + ".amount", e.amount(), 2)
                    .check(e.amount() == null || e.amount().signum() != 0, at + ".amount", "must not be zero")
                    .maxLength(at + ".reference", e.reference(), 50).maxLength(at + ".comment", e.comment(), 100);
            if (e.amount() != null) {
                sum = sum.add(e.amount());
            }
        }
        v.check(sum.signum() == 0, "entries", "debits and credits differ by " + sum.toPlainString() + "; a journal must balance");
        v.throwIfAny();
    }

    /**
     * Starts a journal.
     *
     * @param journalDate the journal date
     * @param reference   the journal's reference, the key of the "already posted?" lookup
     * @return a new builder
     */
    public static Builder builder(LocalDate journalDate, String reference) {
        return new Builder(journalDate, reference);
    }

    /**
     * A builder holding this journal's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(journalDate, reference).type(type).notation(notation).sourceCode(sourceCode).options(options);
        b.postingYear = postingYear;
        b.postingPeriod = postingPeriod;
        entries.forEach(b::entry);
        return b;
    }

    XmlNode parameters() {
        return XmlNode.of(ROOT, PostingParameters.add(options, XmlNode.element("Parameters")).leaf("ActionType", "A").build());
    }

    XmlNode document() {
        XmlNode.Builder item = XmlNode.element("Item").leaf("JournalType", type.name()).leaf("PostJournal", "Y")
                .leaf("JournalDate", journalDate).leaf("JournalReference", reference).leaf("Notation", notation)
                .leaf("PostingPeriod", postingPeriod).leaf("PostingYear", postingYear).leaf("SourceCode", sourceCode);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            item.child(XmlNode.element("JournalDetails").leaf("EntryNumber", i + 1).leaf("LedgerCode", e.ledgerCode())
                    .leaf("Reference", e.reference()).leaf("EntryAmount", e.amount()).leaf("Comment", e.comment()).build());
        }
        return XmlNode.of(ROOT, item.build());
    }

    /** Builds a {@link GlJournal}. */
    public static final class Builder {
        private final LocalDate journalDate;
        private final String reference;
        private JournalType type = JournalType.N;
        private String notation;
        private Integer postingPeriod;
        private Integer postingYear;
        private String sourceCode;
        private final List<Entry> entries = new ArrayList<>();
        private PostingOptions options = PostingOptions.DEFAULTS;

        private Builder(LocalDate journalDate, String reference) {
            this.journalDate = journalDate;
            this.reference = reference;
        }

        /**
         * {@code JournalType}.
         *
         * @param value the type
         * @return this builder
         */
        public Builder type(JournalType value) {
            this.type = value;
            return this;
        }

        /**
         * {@code Notation}, the journal's description.
         *
         * @param value the notation
         * @return this builder
         */
        public Builder notation(String value) {
            this.notation = value;
            return this;
        }

        /**
         * The GL period to post to.
         *
         * @param year   the four-digit year
         * @param period the period, 1 to 13
         * @return this builder
         */
        public Builder period(int year, int period) {
            this.postingYear = year;
            this.postingPeriod = period;
            return this;
        }

        /**
         * {@code SourceCode}.
         *
         * @param value the source code
         * @return this builder
         */
        public Builder sourceCode(String value) {
            this.sourceCode = value;
            return this;
        }

        /**
         * Adds a debit entry.
         *
         * @param ledgerCode the GL account
         * @param amount     the amount, positive
         * @return this builder
         */
        public Builder debit(String ledgerCode, BigDecimal amount) {
            entries.add(new Entry(ledgerCode, amount, null, null));
            return this;
        }

        /**
         * Adds a credit entry; the amount is sent negative.
         *
         * @param ledgerCode the GL account
         * @param amount     the amount, positive
         * @return this builder
         */
        public Builder credit(String ledgerCode, BigDecimal amount) {
            entries.add(new Entry(ledgerCode, amount == null ? null : amount.negate(), null, null));
            return this;
        }

        /**
         * Adds an entry as given.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder entry(Entry entry) {
            entries.add(entry);
            return this;
        }

        /**
         * How SYSPRO posts it.
         *
         * @param value the posting options
         * @return this builder
         */
        public Builder options(PostingOptions value) {
            this.options = value;
            return this;
        }

        /**
         * Builds the journal, checking it as the constructor does.
         *
         * @return the journal
         * @throws io.tillbridge.client.ValidationException listing every problem
         */
        public GlJournal build() {
            return new GlJournal(type, journalDate, reference, notation, postingPeriod, postingYear, sourceCode, entries, options);
        }
    }
}
