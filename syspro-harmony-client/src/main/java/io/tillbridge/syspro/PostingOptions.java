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
        NO("N"), YES("Y"), WARN("W");

        private final String code;

        IgnoreWarnings(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public PostingOptions {
        java.util.Objects.requireNonNull(ignoreWarnings, "ignoreWarnings");
    }

    /** The same options as a dry run. */
    public PostingOptions asValidation() {
        return new PostingOptions(true, applyIfEntireDocumentValid, ignoreWarnings);
    }
}
