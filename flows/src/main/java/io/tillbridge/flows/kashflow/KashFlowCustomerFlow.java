package io.tillbridge.flows.kashflow;

import io.tillbridge.flows.effect.Effect;
import io.tillbridge.flows.effect.EffectEngine;
import io.tillbridge.flows.effect.EffectKey;
import io.tillbridge.flows.effect.EffectOutcome;
import io.tillbridge.flows.effect.Intent;
import io.tillbridge.flows.effect.ResultCodec;
import io.tillbridge.flows.store.MoneyMoved;
import io.tillbridge.kashflow.KashFlowClient;
import io.tillbridge.kashflow.customers.CustomerAddress;
import io.tillbridge.kashflow.customers.CustomerRequest;
import io.tillbridge.mapping.MappingException;
import io.tillbridge.mapping.address.AddressProfile;
import io.tillbridge.mapping.address.KashFlowAddressProfile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Keeps a KashFlow customer for each Opayo payer: the code is stable — the prefix and the first 12 hex
 * digits of the SHA-256 of the lower-cased e-mail — so the same payer is always the same customer; the
 * billing address goes through mapping-core's KashFlow address profile (Greece as {@code EL}, lines joined
 * to fit four, nothing truncated). A new payer is created; a known one is updated only where KashFlow's
 * record differs. Each is an {@link Effect}; the subject is the code and a digest of the details, so a
 * payer whose address later changes is a new subject and updated again. {@link #run} never throws.
 */
public final class KashFlowCustomerFlow {

    /** The flow's name, in effect keys and dead letters. */
    public static final String NAME = "kashflow-customer";

    private final KashFlowClient kashflow;
    private final EffectEngine engine;
    private final KashFlowSettings settings;
    private final InKashFlow find;

    /**
     * Creates the flow.
     *
     * @param kashflow the KashFlow client
     * @param engine   the effect engine
     * @param settings the KashFlow settings
     */
    public KashFlowCustomerFlow(KashFlowClient kashflow, EffectEngine engine, KashFlowSettings settings) {
        this.kashflow = Objects.requireNonNull(kashflow, "kashflow");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.find = new InKashFlow(kashflow);
    }

    /**
     * The customer code of a payer's e-mail.
     *
     * @param email the payer's e-mail address
     * @return the customer code
     */
    public String codeOf(String email) {
        return settings.customerPrefix() + "-" + digest(email.trim().toLowerCase(Locale.ROOT)).substring(0, 12).toUpperCase(Locale.ROOT);
    }

    /**
     * Creates or updates the payer's customer. Never throws.
     *
     * @param payer the payer
     * @return the outcome
     */
    public KashFlowOutcome run(OpayoPayment.Payer payer) {
        if (payer == null || payer.email() == null || payer.email().isBlank()) {
            // No stable key, but still one letter per payer, so none is lost under another's.
            String subject = "no-email." + digest(String.valueOf(payer)).substring(0, 12);
            return FlowRuns.park(engine, NAME, subject, "email: missing, so the payer has no stable customer key", MoneyMoved.NONE);
        }
        String code = codeOf(payer.email());
        Map<String, String> wanted = new TreeMap<>();
        CustomerRequest request;
        try {
            request = request(code, payer, wanted);
        } catch (MappingException | io.tillbridge.client.ValidationException e) {
            return FlowRuns.park(engine, NAME, code, "payer: " + e.getMessage() + " (nothing written to KashFlow)", MoneyMoved.NONE);
        }
        String subject = code + "." + digest(wanted.toString()).substring(0, 8);
        return FlowRuns.run(engine, NAME, subject, MoneyMoved.NONE, run -> {
            EffectOutcome<String> created = run.effect(new Effect<>(new EffectKey(NAME, "customer-create", subject, 1),
                    Intent.of(wanted), situation -> find.customer(code),
                    () -> {
                        kashflow.customers().create(request);
                        return code;
                    }, ResultCodec.text("code")));
            String why = EffectOutcome.whyNotDone(created, "creating customer " + code);
            if (why != null) {
                throw new FlowRuns.Stop(why);
            }
            if (!((EffectOutcome.Done<String>) created).adopted()) {
                return new KashFlowOutcome.Posted(subject, "customer " + code + " created");
            }
            EffectOutcome<String> updated = run.effect(new Effect<>(new EffectKey(NAME, "customer-update", subject, 1),
                    Intent.of(wanted), situation -> find.customerHolds(code, wanted),
                    () -> {
                        kashflow.customers().update(code, request);
                        return code;
                    }, ResultCodec.text("code")));
            String notUpdated = EffectOutcome.whyNotDone(updated, "updating customer " + code);
            if (notUpdated != null) {
                throw new FlowRuns.Stop(notUpdated);
            }
            return new KashFlowOutcome.Posted(subject, "customer " + code + " up to date");
        });
    }

    private static CustomerRequest request(String code, OpayoPayment.Payer payer, Map<String, String> wanted) {
        String name = ((payer.firstName() == null ? "" : payer.firstName().trim()) + " "
                + (payer.lastName() == null ? "" : payer.lastName().trim())).trim();
        CustomerRequest.Builder builder = CustomerRequest.builder().code(code).name(name.isEmpty() ? payer.email().trim() : name)
                .email(payer.email().trim());
        if (payer.firstName() != null && payer.lastName() != null) {
            builder.contact(payer.firstName().trim(), payer.lastName().trim());
        }
        wanted.put("Code", code);
        wanted.put("Name", name.isEmpty() ? payer.email().trim() : name);
        wanted.put("Email", payer.email().trim());
        if (payer.address() != null) {
            KashFlowAddressProfile.KashFlowAddress fitted = AddressProfile.kashFlow().fit(payer.address(), "payer");
            builder.address(new CustomerAddress(fitted.lines(), fitted.postcode(), fitted.countryCode(), fitted.countryName()));
            for (int i = 0; i < 4; i++) {
                wanted.put("Address" + (i + 1), i < fitted.lines().size() ? fitted.lines().get(i) : "");
            }
            wanted.put("Postcode", fitted.postcode() == null ? "" : fitted.postcode());
            wanted.put("CountryCode", fitted.countryCode() == null ? "" : fitted.countryCode());
        }
        return builder.build();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
