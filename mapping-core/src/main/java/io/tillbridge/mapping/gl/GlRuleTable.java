package io.tillbridge.mapping.gl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered GL rule table: the first matching rule wins; an optional default applies when none
 * does; otherwise derivation fails with {@link NoGlRuleException}, because posting to a guessed
 * account is worse than stopping. Immutable.
 */
public final class GlRuleTable {

    private final List<GlRule> rules;
    private final GlAccounts defaultAccounts;

    private GlRuleTable(List<GlRule> rules, GlAccounts defaultAccounts) {
        this.rules = List.copyOf(rules);
        this.defaultAccounts = defaultAccounts;
    }

    /**
     * A table without a default: every transaction must match a rule.
     *
     * @param rules the rules, tried in order
     * @return the table
     */
    public static GlRuleTable of(List<GlRule> rules) {
        return new GlRuleTable(rules, null);
    }

    /**
     * A table whose unmatched transactions take these accounts.
     *
     * @param rules           the rules, tried in order
     * @param defaultAccounts the accounts for a transaction no rule matches
     * @return the table
     */
    public static GlRuleTable withDefault(List<GlRule> rules, GlAccounts defaultAccounts) {
        return new GlRuleTable(rules, Objects.requireNonNull(defaultAccounts, "defaultAccounts"));
    }

    /**
     * The rules, in the order they are tried.
     *
     * @return the rules
     */
    public List<GlRule> rules() {
        return rules;
    }

    /**
     * The accounts for transactions no rule matches.
     *
     * @return the default accounts, or empty when every transaction must match a rule
     */
    public Optional<GlAccounts> defaultAccounts() {
        return Optional.ofNullable(defaultAccounts);
    }

    /**
     * The accounts for a transaction.
     *
     * @param context the transaction's context
     * @return the first matching rule's accounts, or the default
     * @throws NoGlRuleException when no rule matches and there is no default
     */
    public GlAccounts derive(GlContext context) {
        for (GlRule rule : rules) {
            if (rule.matches(context)) {
                return rule.accounts();
            }
        }
        if (defaultAccounts != null) {
            return defaultAccounts;
        }
        throw new NoGlRuleException(explain(context));
    }

    /**
     * Which rule matched and why, or why none did.
     *
     * @param context the transaction's context
     * @return the explanation
     */
    public GlExplanation explain(GlContext context) {
        List<GlExplanation.Attempt> tried = new ArrayList<>();
        for (GlRule rule : rules) {
            GlExplanation.Attempt attempt = new GlExplanation.Attempt(rule, rule.explain(context));
            tried.add(attempt);
            if (attempt.matched()) {
                return new GlExplanation(context, tried, Optional.of(rule), false);
            }
        }
        return new GlExplanation(context, tried, Optional.empty(), defaultAccounts != null);
    }
}
