package io.tillbridge.mapping.gl;

import io.tillbridge.mapping.MappingException;

/** No GL rule matches a transaction and the table has no default. */
public final class NoGlRuleException extends MappingException {

    private static final long serialVersionUID = 1L;

    private final transient GlExplanation explanation;

    NoGlRuleException(GlExplanation explanation) {
        super("no GL rule matches " + explanation.context() + " and the table has no default rule");
        this.explanation = explanation;
    }

    /**
     * Why each rule did not match.
     *
     * @return the explanation
     */
    public GlExplanation explanation() {
        return explanation;
    }
}
