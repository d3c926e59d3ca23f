package io.tillbridge.syspro;

/**
 * The parameters every Setup and Transaction business object takes (reference: syspro.md §2):
 * {@code ValidateOnly} (a dry run), {@code ApplyIfEntireDocumentValid} (all or nothing) and
 * {@code IgnoreWarnings}. The defaults are the safe ones: apply, all or nothing, do not ignore warnings.
 *
 * @param validateOnly               Y: check only, apply nothing
 * @param applyIfEntireDocumentValid Y: apply nothing unless every item is valid
 * @param ignoreWarnings             how warnings are treated
 */
public record PostingOptions(boolean validateOnly, boolean applyIfEntireDocumentValid, IgnoreWarnings ignoreWarnings) {

    /** Apply, all or nothing, warnings stop the posting. */
    public static final PostingOptions DEFAULTS = new PostingOptions(false, true, IgnoreWarnings.NO);

    /** {@code IgnoreWarnings}: N, Y, or W (where the business object takes it). */
    public enum IgnoreWarnings {
        /** {@code N}: warnings stop the posting. */
        NO("N"),
        /** {@code Y}: warnings do not stop the posting. */
        YES("Y"),
        /** {@code W}, which some business objects also take; the reference does not say how it differs. */
        WARN("W");

        private final String code;

        IgnoreWarnings(String code) {
            this.code = code;
        }

        /**
         * The code SYSPRO takes.
         *
         * @return {@code N}, {@code Y} or {@code W}
         */
        public String code() {
            return code;
        }
    }

    /**
     * Requires {@code ignoreWarnings}.
     *
     * @param validateOnly               Y: check only, apply nothing
     * @param applyIfEntireDocumentValid Y: apply nothing unless every item is valid
     * @param ignoreWarnings             how warnings are treated
     */
    public PostingOptions {
        java.util.Objects.requireNonNull(ignoreWarnings, "ignoreWarnings");
    }

    /**
     * The same options as a dry run.
     *
     * @return the options with {@code validateOnly} set
     */
    public PostingOptions asValidation() {
        return new PostingOptions(true, applyIfEntireDocumentValid, ignoreWarnings);
    }
}
