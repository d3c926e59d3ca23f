package io.tillbridge.kashflow;

import io.tillbridge.kashflow.internal.ClientState;
import io.tillbridge.kashflow.internal.KashFlowRest;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.http.ClientBuilder;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.redact.Redactor;
import io.tillbridge.kashflow.bank.BankAccounts;
import io.tillbridge.kashflow.customers.Customers;
import io.tillbridge.kashflow.invoices.Invoices;
import io.tillbridge.kashflow.ledger.Journals;
import io.tillbridge.kashflow.ledger.Nominals;
import io.tillbridge.kashflow.payments.InvoicePayments;
import io.tillbridge.kashflow.internal.SessionTokens;
import io.tillbridge.kashflow.internal.KashFlowSoap;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The KashFlow client: REST v2 first, SOAP behind the same services where REST lacks an operation
 * (single invoice payments, payment methods, journals, customer addresses and custom fields;
 * reference: kashflow.md §0). Build once, share everywhere: immutable and thread-safe; all threads
 * share one REST session. {@link #close()} logs the session out.
 *
 * <pre>{@code
 * try (KashFlowClient kashflow = KashFlowClient.builder()
 *         .environment(KashFlowEnvironment.LIVE)
 *         .userName("accounts@example.co.uk")
 *         .password(Secret.of(System.getenv("KASHFLOW_PASSWORD")))
 *         .memorableWord(Secret.of(System.getenv("KASHFLOW_MEMORABLE_WORD")))
 *         .build()) {
 *     Invoice invoice = kashflow.invoices().get(1042);
 * }
 * }</pre>
 */
public final class KashFlowClient implements AutoCloseable {

    private final KashFlowEnvironment environment;
    private final HttpTransport restTransport;
    private final HttpTransport soapTransport;
    private final SessionTokens session;
    private final Customers customers;
    private final Invoices invoices;
    private final InvoicePayments payments;
    private final BankAccounts bankAccounts;
    private final Nominals nominals;
    private final Journals journals;
    private final ClientState state = new ClientState();

    private KashFlowClient(Builder b) {
        this.environment = required(b.environment, "environment");
        required(b.userName, "userName");
        required(b.password, "password");
        required(b.memorableWord, "memorableWord");
        Secret soapPassword = b.soapPassword == null ? b.password : b.soapPassword;
        List<Secret> secrets = new ArrayList<>(List.of(b.password, b.memorableWord, soapPassword));
        Redactor redactor = Redactor.standard().withSecrets(secrets);
        this.restTransport = b.transport("KashFlow", environment.restBaseUrl(), redactor).build();
        URI soapUrl = environment.soapUrl();
        this.soapTransport = b.transport("KashFlow SOAP", URI.create(soapUrl.getScheme() + "://" + soapUrl.getRawAuthority()),
                redactor).build();
        this.session = new SessionTokens(restTransport, b.userName, b.password, b.memorableWord, b.clockInUse(), b.sessionIdleLimit,
                redactor, b.soapPassword == null);
        KashFlowRest rest = new KashFlowRest(restTransport, session, redactor, state, b.clockInUse());
        KashFlowSoap soap = new KashFlowSoap(soapTransport, soapUrl.getRawPath(), b.userName, soapPassword, redactor, state, session);
        this.customers = new Customers(rest, soap);
        this.invoices = new Invoices(rest);
        this.payments = new InvoicePayments(rest, soap, invoices);
        this.bankAccounts = new BankAccounts(rest, b.homeCurrency);
        this.nominals = new Nominals(rest);
        this.journals = new Journals(soap);
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
    public KashFlowEnvironment environment() {
        return environment;
    }

    /**
     * Customers, over REST and SOAP.
     *
     * @return the customer service
     */
    public Customers customers() {
        return customers;
    }

    /**
     * Invoices.
     *
     * @return the invoice service
     */
    public Invoices invoices() {
        return invoices;
    }

    /**
     * Invoice payments.
     *
     * @return the payment service
     */
    public InvoicePayments payments() {
        return payments;
    }

    /**
     * Bank accounts and their transactions.
     *
     * @return the bank account service
     */
    public BankAccounts bankAccounts() {
        return bankAccounts;
    }

    /**
     * Nominal codes.
     *
     * @return the nominal service
     */
    public Nominals nominals() {
        return nominals;
    }

    /**
     * Journals.
     *
     * @return the journal service
     */
    public Journals journals() {
        return journals;
    }

    /**
     * How many times this client has logged in (for metrics and tests).
     *
     * @return the number of logins
     */
    public int logins() {
        return session.logins();
    }

    /** Logs the REST session out ({@code DELETE /sessiontoken}); later calls throw {@link IllegalStateException}. Idempotent. */
    @Override
    public void close() {
        if (!state.close()) {
            return;
        }
        session.logout();
        restTransport.close();
        soapTransport.close();
    }

    @Override
    public String toString() {
        return "KashFlowClient[" + environment.restBaseUrl() + "]";
    }

    /** A missing setting is a {@link ValidationException} naming it, as every bad input in Tillbridge is. */
    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /** Configures a {@link KashFlowClient}. */
    public static final class Builder extends ClientBuilder<Builder> {
        private KashFlowEnvironment environment = KashFlowEnvironment.SANDBOX;
        private String userName;
        private Secret password;
        private Secret memorableWord;
        private Secret soapPassword;
        private Currency homeCurrency = Currency.getInstance("GBP");
        private Duration sessionIdleLimit = Duration.ofMinutes(55);

        private Builder() {
            super(Duration.ofSeconds(30));
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Opened to this package, where the client's constructor builds its transports; not for hosts. */
        @Override
        protected io.tillbridge.client.internal.http.HttpTransport.Builder transport(String system, java.net.URI base,
                io.tillbridge.client.redact.Redactor redactor) {
            return super.transport(system, base, redactor);
        }

        /** Opened to this package, where the client's constructor hands the clock on; not for hosts. */
        @Override
        protected java.time.Clock clockInUse() {
            return super.clockInUse();
        }

        /**
         * Where to send calls.
         *
         * @param environment the environment
         * @return this builder
         */
        public Builder environment(KashFlowEnvironment environment) {
            this.environment = required(environment, "environment");
            return this;
        }

        /**
         * The KashFlow user name. Required.
         *
         * @param userName the user name
         * @return this builder
         */
        public Builder userName(String userName) {
            this.userName = required(userName, "userName");
            return this;
        }

        /**
         * The login password (REST, and SOAP unless {@link #soapPassword} is set).
         *
         * @param password the password
         * @return this builder
         */
        public Builder password(Secret password) {
            this.password = required(password, "password");
            return this;
        }

        /**
         * The whole memorable word; only the characters KashFlow asks for are sent.
         *
         * @param memorableWord the memorable word
         * @return this builder
         */
        public Builder memorableWord(Secret memorableWord) {
            this.memorableWord = required(memorableWord, "memorableWord");
            return this;
        }

        /**
         * The separate API password, when API Settings use one for SOAP.
         *
         * @param soapPassword the API password
         * @return this builder
         */
        public Builder soapPassword(Secret soapPassword) {
            this.soapPassword = required(soapPassword, "soapPassword");
            return this;
        }

        /**
         * The account's base currency: the scale bank-transaction amounts are checked against. Not assumed
         * for an invoice that names no currency (the reference gives no such default). Default GBP.
         *
         * @param isoCode the ISO 4217 code
         * @return this builder
         */
        public Builder homeCurrency(String isoCode) {
            required(isoCode, "homeCurrency");
            try {
                this.homeCurrency = Currency.getInstance(isoCode);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("homeCurrency", "'" + isoCode + "' is not an ISO 4217 code");
            }
            return this;
        }

        /**
         * How long the session may sit unused before the client logs in again rather than risk a refused
         * call. KashFlow's default is 60 minutes of inactivity ("configurable"); default 55.
         *
         * @param idle the idle limit
         * @return this builder
         */
        public Builder sessionIdleLimit(Duration idle) {
            if (idle == null || idle.isNegative() || idle.isZero()) {
                throw new ValidationException("sessionIdleLimit", "must be positive");
            }
            this.sessionIdleLimit = idle;
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws io.tillbridge.client.ValidationException when a required setting is missing or invalid
         */
        public KashFlowClient build() {
            return new KashFlowClient(this);
        }
    }
}
