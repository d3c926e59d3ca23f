package io.tillbridge.opayo;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.auth.Authentication;
import io.tillbridge.client.http.ClientBuilder;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.redact.Redactor;
import io.tillbridge.opayo.reporting.ReportingService;
import io.tillbridge.opayo.session.MerchantSessionKeyService;
import io.tillbridge.opayo.session.SandboxCardTokeniser;
import io.tillbridge.opayo.transactions.TransactionService;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Opayo client: Pi REST v1 for payments and the Reporting &amp; Admin API for lookups and
 * settlements. Build once, share everywhere: immutable and thread-safe.
 *
 * <pre>{@code
 * OpayoClient opayo = OpayoClient.builder()
 *         .environment(OpayoEnvironment.SANDBOX)
 *         .vendorName("sandbox")
 *         .integrationKey(Secret.of(System.getenv("OPAYO_INTEGRATION_KEY")))
 *         .integrationPassword(Secret.of(System.getenv("OPAYO_INTEGRATION_PASSWORD")))
 *         .reporting("reportuser", Secret.of(System.getenv("OPAYO_REPORTING_PASSWORD")))
 *         .build();
 * TransactionOutcome outcome = opayo.transactions().payment(request);
 * }</pre>
 *
 * Without reporting credentials a payment whose outcome is ambiguous cannot be resolved and ends in
 * {@link io.tillbridge.opayo.transactions.OutcomeUnknownException}; configure them in production.
 */
public final class OpayoClient implements AutoCloseable {

    private final OpayoEnvironment environment;
    private final HttpTransport pi;
    private final HttpTransport reportingTransport;
    private final TransactionService transactions;
    private final MerchantSessionKeyService sessionKeys;
    private final ReportingService reporting;

    private OpayoClient(Builder b) {
        List<ValidationException.FieldError> missing = new ArrayList<>();
        if (b.environment == null) {
            missing.add(new ValidationException.FieldError("environment", "is not set"));
        }
        if (b.vendorName == null || b.vendorName.isBlank()) {
            missing.add(new ValidationException.FieldError("vendorName", "is not set"));
        }
        if (b.integrationKey == null) {
            missing.add(new ValidationException.FieldError("integrationKey", "is not set"));
        }
        if (b.integrationPassword == null) {
            missing.add(new ValidationException.FieldError("integrationPassword", "is not set"));
        }
        if (b.resolution == null) {
            missing.add(new ValidationException.FieldError("resolution", "is not set"));
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        this.environment = b.environment;
        // Keys, passwords and card data cross these connections: https unless this machine or a test's explicit opt-out.
        b.secureEndpoint("environment.piBaseUrl", environment.piBaseUrl());
        b.secureEndpoint("environment.reportingUrl", environment.reportingUrl());
        List<Secret> secrets = new ArrayList<>(List.of(b.integrationKey, b.integrationPassword));
        if (b.reportingPassword != null) {
            secrets.add(b.reportingPassword);
        }
        Redactor redactor = Redactor.standard().withSecrets(secrets);
        // Opayo names its request id X-Request-Tracker; support asks for it.
        this.pi = b.transport("Opayo", environment.piBaseUrl(), redactor).requestIdHeader("X-Request-Tracker").build();
        Authentication basic = Authentication.basic(b.integrationKey, b.integrationPassword);
        URI reportingUrl = environment.reportingUrl();
        if (b.reportingUser != null) {
            this.reportingTransport = b.transport("Opayo Reporting",
                    URI.create(reportingUrl.getScheme() + "://" + reportingUrl.getRawAuthority()), redactor).build();
            this.reporting = new ReportingService(reportingTransport, reportingUrl.getRawPath(), b.vendorName, b.reportingUser,
                    b.reportingPassword);
        } else {
            this.reportingTransport = null;
            this.reporting = null;
        }
        this.transactions = new TransactionService(pi, basic, reporting, b.resolution);
        this.sessionKeys = new MerchantSessionKeyService(pi, basic, b.vendorName);
    }

    /**
     * Starts a client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Where the client sends its calls.
     *
     * @return the environment
     */
    public OpayoEnvironment environment() {
        return environment;
    }

    /**
     * Payments, refunds, repeats and instructions on Opayo Pi.
     *
     * @return the transaction service
     */
    public TransactionService transactions() {
        return transactions;
    }

    /**
     * Merchant session keys, which the shopper's browser needs to tokenise a card.
     *
     * @return the session key service
     */
    public MerchantSessionKeyService merchantSessionKeys() {
        return sessionKeys;
    }

    /**
     * SANDBOX AND TESTS ONLY: tokenises test cards server-side.
     *
     * @return the tokeniser
     * @throws IllegalStateException for the LIVE environment
     */
    public SandboxCardTokeniser sandboxCardIdentifiers() {
        return new SandboxCardTokeniser(pi, environment);
    }

    /**
     * The Reporting &amp; Admin API.
     *
     * @return the reporting service
     * @throws IllegalStateException when no reporting credentials were configured
     */
    public ReportingService reporting() {
        if (reporting == null) {
            throw new IllegalStateException("configure reporting(user, password) to use the Reporting API");
        }
        return reporting;
    }

    @Override
    public void close() {
        pi.close();
        if (reportingTransport != null) {
            reportingTransport.close();
        }
    }

    @Override
    public String toString() {
        return "OpayoClient[" + environment.piBaseUrl() + "]";
    }

    /** Configures an {@link OpayoClient}. */
    public static final class Builder extends ClientBuilder<Builder> {
        private OpayoEnvironment environment = OpayoEnvironment.SANDBOX;
        private String vendorName;
        private Secret integrationKey;
        private Secret integrationPassword;
        private String reportingUser;
        private Secret reportingPassword;
        private TransactionService.Resolution resolution = TransactionService.Resolution.DEFAULT;

        private Builder() {
            super(Duration.ofSeconds(60)); // authorisations can take tens of seconds
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Opened to this package, where the client's constructor checks its endpoints; not for hosts. */
        @Override
        protected java.net.URI secureEndpoint(String field, java.net.URI uri) {
            return super.secureEndpoint(field, uri);
        }

        /** Opened to this package, where the client's constructor builds its transports; not for hosts. */
        @Override
        protected io.tillbridge.client.internal.http.HttpTransport.Builder transport(String system, java.net.URI base,
                io.tillbridge.client.redact.Redactor redactor) {
            return super.transport(system, base, redactor);
        }

        /**
         * Where to send calls: {@link OpayoEnvironment#SANDBOX} (the default), LIVE, or a custom pair.
         *
         * @param environment the environment
         * @return this builder
         */
        public Builder environment(OpayoEnvironment environment) {
            this.environment = ValidationException.required(environment, "environment");
            return this;
        }

        /**
         * The Opayo vendor name. Required.
         *
         * @param vendorName the vendor name
         * @return this builder
         */
        public Builder vendorName(String vendorName) {
            this.vendorName = ValidationException.required(vendorName, "vendorName");
            return this;
        }

        /**
         * The integration key from the Opayo account. Required.
         *
         * @param integrationKey the integration key
         * @return this builder
         */
        public Builder integrationKey(Secret integrationKey) {
            this.integrationKey = ValidationException.required(integrationKey, "integrationKey");
            return this;
        }

        /**
         * The integration password from the Opayo account. Required.
         *
         * @param integrationPassword the integration password
         * @return this builder
         */
        public Builder integrationPassword(Secret integrationPassword) {
            this.integrationPassword = ValidationException.required(integrationPassword, "integrationPassword");
            return this;
        }

        /**
         * A Reporting API user of the same vendor; needed to resolve ambiguous payments and fetch settlements.
         *
         * @param user     the Reporting API user
         * @param password its password
         * @return this builder
         */
        public Builder reporting(String user, Secret password) {
            if (user == null || user.isBlank()) {
                throw new ValidationException("reporting.user", "is not set");
            }
            if (password == null) {
                throw new ValidationException("reporting.password", "is not set");
            }
            this.reportingUser = user;
            this.reportingPassword = password;
            return this;
        }

        /**
         * How ambiguous payments are looked up before any resend.
         *
         * @param resolution the lookup settings
         * @return this builder
         */
        public Builder resolution(TransactionService.Resolution resolution) {
            this.resolution = ValidationException.required(resolution, "resolution");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws io.tillbridge.client.ValidationException when a required setting is missing or invalid
         */
        public OpayoClient build() {
            return new OpayoClient(this);
        }
    }
}
