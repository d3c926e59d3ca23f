package io.tillbridge.syspro;

import io.tillbridge.client.Secret;
import io.tillbridge.client.ValidationException;
import io.tillbridge.client.http.ClientBuilder;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.http.RetrySettings;
import io.tillbridge.client.redact.Redactor;
import io.tillbridge.syspro.customers.CustomerService;
import io.tillbridge.syspro.internal.SysproConnection;
import io.tillbridge.syspro.inventory.InventoryService;
import io.tillbridge.syspro.ledger.GlJournalService;
import io.tillbridge.syspro.orders.SalesOrderService;
import io.tillbridge.syspro.receivables.ArPaymentService;
import io.tillbridge.syspro.tables.TableService;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The SYSPRO client: e.net business objects over the e.net Communications Load Balancer's REST endpoint
 * (the service SYSPRO Harmony runs on), for one operator in one company. Build once and share: it holds
 * one SYSPRO session and serialises every call on it.
 *
 * <pre>{@code
 * try (SysproClient syspro = SysproClient.builder()
 *         .environment(SysproEnvironment.custom("https://erp.example.com:31002"))
 *         .operator("TILLBRIDGE", Secret.of(operatorPassword))
 *         .company("EDU1", null)
 *         .build()) {
 *     StockItem stock = syspro.inventory().stock("A100", "FG");
 * }
 * }</pre>
 *
 * Use a dedicated operator: SYSPRO may allow one session per operator, and a second logon ends the
 * first. Clients of the same site, operator and company in one JVM therefore share one session and queue
 * for it rather than end each other's; another process logging on as the same operator still ends it
 * (the client then logs on again). {@link #close()} logs the session off once the last client sharing it
 * closes (an unlogged-off session holds a licence seat), and so does a JVM shutdown hook, on unless
 * {@link Builder#logoffOnShutdown(boolean) logoffOnShutdown(false)}.
 *
 * <p>An answer larger than {@link SysproLimits#maxAnswerBytes()} is refused by the transport before it is
 * read ({@link io.tillbridge.client.TransportException}; a posting may have been applied).
 */
public final class SysproClient implements AutoCloseable {

    private final SysproEnvironment environment;
    private final HttpTransport transport;
    private final SysproConnection enet;
    private final TableService tables;
    private final SalesOrderService salesOrders;
    private final InventoryService inventory;
    private final CustomerService customers;
    private final ArPaymentService arPayments;
    private final GlJournalService glJournals;
    private final Thread shutdownHook;

    private SysproClient(Builder b) {
        this.environment = b.environment;
        SysproConnection.Credentials credentials = new SysproConnection.Credentials(b.operator, b.operatorPassword, b.companyId, b.companyPassword);
        this.transport = b.buildTransport();
        this.enet = new SysproConnection(transport, credentials, b.limits);
        this.tables = new TableService(enet);
        this.salesOrders = new SalesOrderService(enet, tables);
        this.inventory = new InventoryService(enet);
        this.customers = new CustomerService(enet, tables);
        this.arPayments = new ArPaymentService(enet, tables);
        this.glJournals = new GlJournalService(enet, tables);
        if (b.logoffOnShutdown) {
            // enet.close, not close(): removing a shutdown hook while hooks run throws
            this.shutdownHook = new Thread(enet::close, "tillbridge-syspro-logoff");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } else {
            this.shutdownHook = null;
        }
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
     * The site's REST endpoint.
     *
     * @return the environment
     */
    public SysproEnvironment environment() {
        return environment;
    }

    /**
     * SORTOI, SORQRY, SORTCH/SORTCI and the lookup by CustomerPoNumber.
     *
     * @return the sales order service
     */
    public SalesOrderService salesOrders() {
        return salesOrders;
    }

    /**
     * INVQRY.
     *
     * @return the inventory service
     */
    public InventoryService inventory() {
        return inventory;
    }

    /**
     * ARSQRY and ARSSCS.
     *
     * @return the customer service
     */
    public CustomerService customers() {
        return customers;
    }

    /**
     * ARSTPY.
     *
     * @return the AR payment service
     */
    public ArPaymentService arPayments() {
        return arPayments;
    }

    /**
     * GENTJL.
     *
     * @return the GL journal service
     */
    public GlJournalService glJournals() {
        return glJournals;
    }

    /**
     * COMFND table queries and exact lookups.
     *
     * @return the table service
     */
    public TableService tables() {
        return tables;
    }

    /**
     * GetLogonProfile.
     *
     * @return the logon profile
     */
    public LogonProfile logonProfile() {
        return LogonProfile.from(enet.logonProfile());
    }

    /**
     * The session itself and raw business-object calls, for this module's tests; not API.
     *
     * @return the connection
     */
    SysproConnection connection() {
        return enet;
    }

    /**
     * The shutdown hook registered for this client, or null when it opted out; for tests, which run its
     * action without a real JVM shutdown.
     *
     * @return the hook, not started
     */
    Thread shutdownHook() {
        return shutdownHook;
    }

    /** Logs the session off (unless another open client in this process shares it). Never throws. */
    @Override
    public void close() {
        enet.close();
        transport.close();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run; nothing to remove
            }
        }
    }

    @Override
    public String toString() {
        return "SysproClient[" + enet + "]";
    }

    /** Configures a {@link SysproClient}. */
    public static final class Builder extends ClientBuilder<Builder> {
        private SysproEnvironment environment;
        private String operator;
        private Secret operatorPassword;
        private String companyId;
        private Secret companyPassword;
        private SysproLimits limits = SysproLimits.DEFAULTS;
        private boolean logoffOnShutdown = true;

        private Builder() {
            super(Duration.ofSeconds(60)); // business objects that post can take tens of seconds
            retry(new RetrySettings(3, Duration.ofMillis(250), 2.0, Duration.ofSeconds(4), Duration.ofSeconds(30)));
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

        /**
         * The site's REST endpoint; required, since every SYSPRO is the customer's own server. Plain http is
         * refused off this machine unless {@link #allowPlainHttp()}.
         *
         * @param value the environment
         * @return this builder
         */
        public Builder environment(SysproEnvironment value) {
            this.environment = required("environment", value);
            return this;
        }

        /**
         * The operator; {@code password} null when the operator has none.
         *
         * @param code     the operator code
         * @param password the operator's password, or null
         * @return this builder
         */
        public Builder operator(String code, Secret password) {
            this.operator = requiredText("operator", code);
            this.operatorPassword = password;
            return this;
        }

        /**
         * The company the session is bound to; {@code password} null when it has none.
         *
         * @param id       the company id
         * @param password the company password, or null
         * @return this builder
         */
        public Builder company(String id, Secret password) {
            this.companyId = requiredText("companyId", id);
            this.companyPassword = password;
            return this;
        }

        /**
         * URL and answer size limits and how long a call may queue for the session.
         *
         * @param value the limits
         * @return this builder
         */
        public Builder limits(SysproLimits value) {
            this.limits = required("limits", value);
            return this;
        }

        /**
         * Whether to log off when the JVM shuts down, for hosts that may not call {@link #close()}. On by
         * default: an unlogged-off session holds a licence seat until SYSPRO's idle timeout ends it.
         *
         * @param value false to register no shutdown hook
         * @return this builder
         */
        public Builder logoffOnShutdown(boolean value) {
            this.logoffOnShutdown = value;
            return this;
        }

        /** The transport: the shared settings, the site checked for https, answers capped at the limit. */
        private HttpTransport buildTransport() {
            required("environment", environment);
            URI restRoot = secureEndpoint("environment", environment.restRoot());
            List<Secret> secrets = new ArrayList<>();
            if (operatorPassword != null) {
                secrets.add(operatorPassword);
            }
            if (companyPassword != null) {
                secrets.add(companyPassword);
            }
            // Refused unread by the transport itself, not read up to its 32 MB default and then refused.
            return transport("SYSPRO", restRoot, Redactor.standard().withSecrets(secrets))
                    .maxResponseBytes(limits.maxAnswerBytes()).build();
        }

        private static <T> T required(String field, T value) {
            if (value == null) {
                throw new ValidationException(field, "is required");
            }
            return value;
        }

        private static String requiredText(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new ValidationException(field, "is required");
            }
            return value;
        }

        /**
         * Builds the client.
         *
         * @return the client
         */
        public SysproClient build() {
            return new SysproClient(this);
        }
    }
}
