package io.tillbridge.mapping.gl;

import java.util.List;
import java.util.Optional;

/**
 * Why a GL derivation came out as it did: every rule tried, in order, with its checks, up to the
 * one that matched.
 *
 * @param context   what was derived
 * @param tried     the rules tried, in table order, each with its verdicts
 * @param matched   the rule that won; empty when none did
 * @param byDefault true when no rule matched and the default applied
 */
public record GlExplanation(GlContext context, List<Attempt> tried, Optional<GlRule> matched, boolean byDefault) {

    /**
     * Copies the list of tried rules.
     *
     * @param context   what was derived
     * @param tried     the rules tried, in table order, each with its verdicts
     * @param matched   the rule that won; empty when none did
     * @param byDefault true when no rule matched and the default applied
     */
    public GlExplanation {
        tried = List.copyOf(tried);
    }

    /**
     * One rule and its verdicts.
     *
     * @param rule   the rule
     * @param checks its criteria
     */
    public record Attempt(GlRule rule, List<GlRule.Check> checks) {
        /**
         * Whether every criterion of the rule accepted the transaction.
         *
         * @return true when the rule matched
         */
        public boolean matched() {
            return checks.stream().allMatch(GlRule.Check::passed);
        }
    }

    /**
     * A one-paragraph account, for logs and support tickets.
     *
     * @return the description
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (Attempt attempt : tried) {
            out.append(attempt.rule().name()).append(attempt.matched() ? ": matched (" : ": skipped (");
            out.append(String.join("; ", attempt.checks().stream()
                    .filter(c -> attempt.matched() || !c.passed()).map(GlRule.Check::detail).toList()));
            out.append(")\n");
        }
        if (byDefault) {
            out.append("no rule matched: default accounts\n");
        } else if (matched.isEmpty()) {
            out.append("no rule matched and there is no default\n");
        }
        return out.toString();
    }
}
