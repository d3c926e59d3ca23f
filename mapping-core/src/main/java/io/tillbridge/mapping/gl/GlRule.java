package io.tillbridge.mapping.gl;

import io.tillbridge.mapping.model.TransactionType;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of the GL rule table: what it matches and which accounts it assigns. An empty set
 * matches anything; methods and channels match ignoring case.
 *
 * @param name       names the rule in explanations and errors
 * @param types      transaction types; empty for any
 * @param methods    card types or payment methods; empty for any
 * @param currencies currencies; empty for any
 * @param channels   sales channels; empty for any
 * @param sign       the sign of the amount
 * @param accounts   the accounts assigned
 */
public record GlRule(String name, Set<TransactionType> types, Set<String> methods, Set<Currency> currencies,
                     Set<String> channels, AmountSign sign, GlAccounts accounts) {

    /**
     * Requires a name; absent criteria read as "any", and the sets are copied.
     *
     * @param name       names the rule in explanations and errors
     * @param types      transaction types; empty for any
     * @param methods    card types or payment methods; empty for any
     * @param currencies currencies; empty for any
     * @param channels   sales channels; empty for any
     * @param sign       the sign of the amount
     * @param accounts   the accounts assigned
     */
    public GlRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a GL rule needs a name");
        }
        types = types == null ? Set.of() : Set.copyOf(types);
        methods = upper(methods);
        currencies = currencies == null ? Set.of() : Set.copyOf(currencies);
        channels = upper(channels);
        sign = sign == null ? AmountSign.ANY : sign;
        Objects.requireNonNull(accounts, "accounts");
    }

    /**
     * A rule that matches everything: the usual last row.
     *
     * @param name     the rule's name, for explanations
     * @param accounts the accounts it gives
     * @return the rule
     */
    public static GlRule catchAll(String name, GlAccounts accounts) {
        return new GlRule(name, null, null, null, null, AmountSign.ANY, accounts);
    }

    /**
     * True when every criterion accepts the context.
     *
     * @param context the transaction's context
     * @return whether the rule applies
     */
    public boolean matches(GlContext context) {
        return explain(context).stream().allMatch(Check::passed);
    }

    /**
     * Each criterion with whether it accepted the context and why.
     *
     * @param context the transaction's context
     * @return one check per criterion
     */
    public List<Check> explain(GlContext context) {
        List<Check> checks = new ArrayList<>(5);
        checks.add(check("type", types, context.type(), types.isEmpty() || types.contains(context.type())));
        String method = context.method() == null ? null : context.method().toUpperCase(Locale.ROOT);
        checks.add(check("method", methods, context.method(), methods.isEmpty() || (method != null && methods.contains(method))));
        checks.add(check("currency", currencies.stream().map(Currency::getCurrencyCode).collect(Collectors.toSet()),
                context.currency().getCurrencyCode(), currencies.isEmpty() || currencies.contains(context.currency())));
        String channel = context.channel() == null ? null : context.channel().toUpperCase(Locale.ROOT);
        checks.add(check("channel", channels, context.channel(), channels.isEmpty() || (channel != null && channels.contains(channel))));
        checks.add(new Check("sign", sign.accepts(context.sign()),
                "sign " + context.sign() + (sign.accepts(context.sign()) ? " is " : " is not ") + sign));
        return checks;
    }

    // Immutable sets throw on contains(null), hence the null guards above.
    private static Check check(String criterion, Set<?> allowed, Object actual, boolean passed) {
        String detail = allowed.isEmpty()
                ? criterion + " any (" + actual + ")"
                : criterion + " " + actual + (passed ? " in " : " not in ") + allowed.stream().map(String::valueOf).sorted().toList();
        return new Check(criterion, passed, detail);
    }

    private static Set<String> upper(Set<String> values) {
        return values == null ? Set.of()
                : values.stream().map(v -> v.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * One criterion's verdict.
     *
     * @param criterion type, method, currency, channel or sign
     * @param passed    whether it accepted the context
     * @param detail    the values compared
     */
    public record Check(String criterion, boolean passed, String detail) {
    }
}
