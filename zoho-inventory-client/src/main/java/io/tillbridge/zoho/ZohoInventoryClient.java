package io.tillbridge.zoho;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.http.ClientBuilder;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.redact.Redactor;
import io.tillbridge.zoho.auth.AccessTokens;
import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.auth.RefreshTokenGrant;
import io.tillbridge.zoho.resources.Contacts;
import io.tillbridge.zoho.resources.CreditNotes;
import io.tillbridge.zoho.resources.CustomerPayments;
import io.tillbridge.zoho.resources.InventoryAdjustments;
import io.tillbridge.zoho.resources.Invoices;
import io.tillbridge.zoho.resources.Items;
import io.tillbridge.zoho.resources.Packages;
import io.tillbridge.zoho.resources.PurchaseOrders;
import io.tillbridge.zoho.resources.SalesOrders;
import io.tillbridge.zoho.resources.SalesReturns;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Zoho Inventory client for one organisation. Build once, share: immutable and thread-safe.
 *
 * <pre>{@code
 * ZohoInventoryClient zoho = ZohoInventoryClient.builder()
 *         .environment(ZohoEnvironment.EU)
 *         .organizationId("20071234567")
 *         .refreshToken("1000.CLIENTID", Secret.of(clientSecret), Secret.of(refreshToken))
 *         .build();
 * zoho.salesOrders().list(ListQuery.builder().modifiedAfter(since).build()).forEach(this::handle);
 * }</pre>
 *
 * A client-side limiter keeps to Zoho's 100 requests a minute per organisation and 10 in flight
 * (both configurable; plans differ), so a busy host waits instead of being blocked by Zoho.
 */
public final class ZohoInventoryClient implements AutoCloseable {

    private final ZohoEnvironment environment;
    private final HttpTransport api;
    private final HttpTransport accounts;
    private final SalesOrders salesOrders;
    private final Items items;
    private final Contacts contacts;
    private final PurchaseOrders purchaseOrders;
    private final Invoices invoices;
    private final CustomerPayments customerPayments;
    private final CreditNotes creditNotes;
    private final SalesReturns salesReturns;
    private final InventoryAdjustments inventoryAdjustments;
    private final Packages packages;

    private ZohoInventoryClient(Builder b) {
        List<ValidationException.FieldError> missing = new ArrayList<>();
        if (b.organizationId == null || b.organizationId.isBlank()) {
            missing.add(new ValidationException.FieldError("organizationId", "is not set"));
        }
        if (b.tokenSupplier == null && b.clientId == null) {
            missing.add(new ValidationException.FieldError("refreshToken", "is not set: call refreshToken(clientId, clientSecret, "
                    + "refreshToken) or accessTokens(supplier)"));
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        // Tokens and business data cross these connections: https unless this machine or a test's explicit opt-out.
        b.secureEndpoint("environment.apiDomain", b.environment.apiDomain());
        b.secureEndpoint("environment.accountsServer", b.environment.accountsServer());
        this.environment = b.environment;
        List<Secret> secrets = new ArrayList<>();
        if (b.clientSecret != null) {
            secrets.add(b.clientSecret);
            secrets.add(b.refreshToken);
        }
        Redactor redactor = Redactor.standard().withSecrets(secrets);
        this.api = b.transport("Zoho Inventory", environment.apiDomain(), redactor)
                .retryClassifier(ZohoConnection::classify)
                .build();
        AccessTokens tokens;
        if (b.tokenSupplier != null) {
            this.accounts = null;
            tokens = AccessTokens.supplied(b.tokenSupplier);
        } else {
            this.accounts = b.auxiliaryTransport("Zoho Accounts", environment.accountsServer(), redactor).build();
            tokens = new RefreshTokenGrant(accounts, b.clientId, b.clientSecret, b.refreshToken, b.clockInUse(), b.refreshBefore);
        }
        // api_domain picks the data centre's API host; it never overrides endpoints the host set itself.
        boolean honour = b.honourApiDomain && environment.preset();
        ZohoConnection connection = new ZohoConnection(api, b.organizationId, honour ? tokens : withoutDomain(tokens), b.clockInUse());
        this.salesOrders = new SalesOrders(connection);
        this.items = new Items(connection);
        this.contacts = new Contacts(connection);
        this.purchaseOrders = new PurchaseOrders(connection);
        this.invoices = new Invoices(connection);
        this.customerPayments = new CustomerPayments(connection);
        this.creditNotes = new CreditNotes(connection);
        this.salesReturns = new SalesReturns(connection);
        this.inventoryAdjustments = new InventoryAdjustments(connection);
        this.packages = new Packages(connection);
    }

    private static AccessTokens withoutDomain(AccessTokens tokens) {
        return new AccessTokens() {
            @Override
            public Secret current() {
                return tokens.current();
            }

            @Override
            public void invalidate(Secret refused) {
                tokens.invalidate(refused);
            }
        };
    }

    /**
     * Starts configuring a client: the organisation and credentials are required, everything else has
     * Zoho's defaults (the COM data centre, 100 requests a minute, 10 in flight).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Where this client sends its calls.
     *
     * @return the API domain and accounts server it was built with
     */
    public ZohoEnvironment environment() {
        return environment;
    }

    /**
     * Sales orders: what order to cash charges and what the pollers watch.
     *
     * @return the service, sharing this client's connection, limits and tokens
     */
    public SalesOrders salesOrders() {
        return salesOrders;
    }

    /**
     * Items and their stock.
     *
     * @return the service, sharing this client's connection, limits and tokens
     */
    public Items items() {
        return items;
    }

    /**
     * Customers and vendors, with their contact persons.
     *
     * @return the service, sharing this client's connection, limits and tokens
     */
    public Contacts contacts() {
        return contacts;
    }

    /**
     * Purchase orders to vendors.
     *
     * @return the service, sharing this client's connection, limits and tokens
     */
    public PurchaseOrders purchaseOrders() {
        return purchaseOrders;
    }

    /**
     * Invoices, including those raised from a sales order once it is paid.
     *
     * @return the service, sharing this client's connection, limits and tokens
     */
    public Invoices invoices() {
        return invoices;
    }

    /**
     * Customer payments, which record a card payment against an invoice.
     *
     * @return the service, sharing this client's connection, limits and tokens
     */
    public CustomerPayments customerPayments() {
        return customerPayments;
    }

    /**
     * Credit notes and their refunds: what the refund flow pays back.
     *
     * @return the service, sharing this client's connection, limits and tokens
     */
    public CreditNotes creditNotes() {
        return creditNotes;
    }

    /**
     * Sales returns.
     *
     * @return the service, sharing this client's connection, limits and tokens
     */
    public SalesReturns salesReturns() {
        return salesReturns;
    }

    /**
     * Stock adjustments.
     *
     * @return the service, sharing this client's connection, limits and tokens
     */
    public InventoryAdjustments inventoryAdjustments() {
        return inventoryAdjustments;
    }

    /**
     * Packages of sales orders.
     *
     * @return the service, sharing this client's connection, limits and tokens
     */
    public Packages packages() {
        return packages;
    }

    /** Releases the connections to the API and, under the refresh-token grant, to the accounts server. */
    @Override
    public void close() {
        api.close();
        if (accounts != null) {
            accounts.close();
        }
    }

    @Override
    public String toString() {
        return "ZohoInventoryClient[" + environment.apiDomain() + "]";
    }

    /** Configures a {@link ZohoInventoryClient}. */
    public static final class Builder extends ClientBuilder<Builder> {
        private ZohoEnvironment environment = ZohoEnvironment.COM;
        private String organizationId;
        private String clientId;
        private Secret clientSecret;
        private Secret refreshToken;
        private Supplier<Secret> tokenSupplier;
        private boolean honourApiDomain = true;
        private Duration refreshBefore = Duration.ofMinutes(5);

        private Builder() {
            super(Duration.ofSeconds(30));
            // Zoho's published limits: 100 requests a minute per organisation, 10 in flight on paid plans
            // (5 on free ones); a busy host waits for a slot rather than being refused by Zoho.
            rateLimit(100, Duration.ofMinutes(1), Duration.ofMinutes(2));
            bulkhead(10, Duration.ofMinutes(2));
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

        /** Opened to this package, where the client's constructor builds its transports; not for hosts. */
        @Override
        protected io.tillbridge.client.internal.http.HttpTransport.Builder auxiliaryTransport(String system, java.net.URI base,
                io.tillbridge.client.redact.Redactor redactor) {
            return super.auxiliaryTransport(system, base, redactor);
        }

        /** Opened to this package, where the client's constructor hands the clock on; not for hosts. */
        @Override
        protected java.time.Clock clockInUse() {
            return super.clockInUse();
        }

        /**
         * Where to send calls: a data centre's preset, or {@link ZohoEnvironment#custom} for emulators and proxies. Default COM.
         *
         * @param environment the organisation's data centre, which its OAuth client and tokens belong to
         * @return this builder
         * @throws ValidationException when it is null
         */
        public Builder environment(ZohoEnvironment environment) {
            if (environment == null) {
                throw new ValidationException("environment", "is missing");
            }
            this.environment = environment;
            return this;
        }

        /**
         * The data centre by name: the same as {@code environment(dataCentre.environment())}.
         *
         * @param dataCentre the organisation's data centre
         * @return this builder
         * @throws ValidationException when it is null
         */
        public Builder dataCentre(ZohoDataCentre dataCentre) {
            if (dataCentre == null) {
                throw new ValidationException("dataCentre", "is missing");
            }
            return environment(dataCentre.environment());
        }

        /**
         * A custom API domain and accounts server.
         *
         * @param apiDomain      the API host, e.g. an emulator's; the Inventory root is this plus {@code /inventory/v1}
         * @param accountsServer the OAuth accounts server
         * @return this builder
         * @deprecated use {@code environment(ZohoEnvironment.custom(apiDomain, accountsServer))}; kept while
         *             other branches move over (issue 13)
         */
        @Deprecated(forRemoval = true)
        public Builder endpoints(URI apiDomain, URI accountsServer) {
            return environment(ZohoEnvironment.custom(apiDomain, accountsServer));
        }

        /**
         * The organisation every call is made for, sent as Zoho's {@code organization_id} parameter; one
         * client serves one organisation. Required.
         *
         * @param organizationId the id shown under Zoho Inventory's organisation profile
         * @return this builder
         * @throws ValidationException when it is null or blank
         */
        public Builder organizationId(String organizationId) {
            if (organizationId == null || organizationId.isBlank()) {
                throw new ValidationException("organizationId", organizationId == null ? "is missing" : "must not be blank");
            }
            this.organizationId = organizationId;
            return this;
        }

        /**
         * OAuth refresh-token grant: Tillbridge keeps the access token fresh. This or {@link #accessTokens}
         * is required. The secret and the refresh token are redacted from every log and error.
         *
         * @param clientId     the OAuth client's id, from Zoho's API console
         * @param clientSecret the OAuth client's secret
         * @param refreshToken a refresh token granted to that client for the organisation's scopes
         * @return this builder
         * @throws ValidationException naming every argument that is missing
         */
        public Builder refreshToken(String clientId, Secret clientSecret, Secret refreshToken) {
            List<ValidationException.FieldError> missing = new ArrayList<>();
            if (clientId == null || clientId.isBlank()) {
                missing.add(new ValidationException.FieldError("clientId", "is not set"));
            }
            if (clientSecret == null) {
                missing.add(new ValidationException.FieldError("clientSecret", "is not set"));
            }
            if (refreshToken == null) {
                missing.add(new ValidationException.FieldError("refreshToken", "is not set"));
            }
            if (!missing.isEmpty()) {
                throw new ValidationException(missing);
            }
            this.clientId = clientId;
            this.clientSecret = clientSecret;
            this.refreshToken = refreshToken;
            return this;
        }

        /**
         * For hosts that manage tokens themselves: each call asks the supplier for the current access token,
         * and Tillbridge refreshes nothing. This or {@link #refreshToken} is required.
         *
         * @param supplier answers a valid access token whenever asked
         * @return this builder
         * @throws ValidationException when it is null
         */
        public Builder accessTokens(Supplier<Secret> supplier) {
            if (supplier == null) {
                throw new ValidationException("accessTokens", "is missing");
            }
            this.tokenSupplier = supplier;
            return this;
        }

        /**
         * Whether the token response's {@code api_domain} replaces the data centre's API domain. Default
         * true; only an https host under Zoho's own API domains is taken, and never over {@link #endpoints}.
         *
         * @param honour false to keep the configured API domain whatever the token response says
         * @return this builder
         */
        public Builder honourApiDomain(boolean honour) {
            this.honourApiDomain = honour;
            return this;
        }

        /**
         * How long before expiry a token is refreshed. Default 5 minutes, so that a token does not expire
         * between being read and a slow call arriving.
         *
         * @param refreshBefore the margin before the token's expiry; zero refreshes only once a token has expired
         * @return this builder
         * @throws ValidationException when it is null or negative
         */
        public Builder refreshBefore(Duration refreshBefore) {
            if (refreshBefore == null || refreshBefore.isNegative()) {
                throw new ValidationException("refreshBefore", refreshBefore == null ? "is missing" : "must not be negative");
            }
            this.refreshBefore = refreshBefore;
            return this;
        }

        /**
         * Calls in flight at once, waiting up to two minutes for a slot.
         *
         * @param maxConcurrent calls in flight at once (10 on Zoho's paid plans, 5 on free ones)
         * @return this builder
         * @deprecated use {@link #bulkhead(int, Duration)}, which every client builder has; kept while other
         *             branches move over (issue 13)
         */
        @Deprecated(forRemoval = true)
        public Builder maxConcurrent(int maxConcurrent) {
            return bulkhead(maxConcurrent, Duration.ofMinutes(2));
        }

        /**
         * Builds the client. No call is made yet: the first request fetches the first access token.
         *
         * @return the client; share it, and close it when the host stops
         * @throws ValidationException naming every required setting that is missing, or an endpoint that
         *                             is not https off this machine
         */
        public ZohoInventoryClient build() {
            return new ZohoInventoryClient(this);
        }
    }
}
