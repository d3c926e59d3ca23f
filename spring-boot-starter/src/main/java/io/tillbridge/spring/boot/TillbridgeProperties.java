package io.tillbridge.spring.boot;

import io.tillbridge.client.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code tillbridge.*}. A system's client is created only when its key setting is
 * present ({@code tillbridge.opayo.vendor-name}, {@code tillbridge.zoho.organization-id},
 * {@code tillbridge.kashflow.user-name}, {@code tillbridge.syspro.url}); its other required settings are
 * then checked at start-up, and a missing one fails the start with the full property name. Credentials
 * bind as {@link Secret}s, so they never show in a {@code toString()}, log line or error.
 *
 * @param opayo    the Opayo client
 * @param zoho     the Zoho Inventory client
 * @param kashflow the KashFlow client
 * @param syspro   the SYSPRO e.net client
 * @param store    the JDBC flow store on the application's {@code DataSource}
 * @param runner   the embeddable runner (off unless enabled)
 */
@ConfigurationProperties("tillbridge")
public record TillbridgeProperties(@DefaultValue Opayo opayo, @DefaultValue Zoho zoho, @DefaultValue KashFlow kashflow,
                                   @DefaultValue Syspro syspro, @DefaultValue Store store, @DefaultValue Runner runner) {

    /**
     * Settings every client shares (docs/clients.md §5); unset ones keep the client's own defaults.
     *
     * @param connectTimeout TCP and TLS set-up
     * @param requestTimeout one attempt, body included
     * @param deadline       a whole call, retries included
     */
    public record Http(Duration connectTimeout, Duration requestTimeout, Duration deadline) {
    }

    /**
     * The Opayo client: Pi REST and, with a reporting user, the Reporting &amp; Admin API.
     *
     * @param environment         {@code SANDBOX} (default) or {@code LIVE}; ignored when both URLs are set
     * @param piUrl               Pi's base URL, for an emulator or proxy (with {@code reporting-url})
     * @param reportingUrl        the Reporting API's URL (with {@code pi-url})
     * @param vendorName          the vendor name; setting it turns the client on
     * @param integrationKey      required with {@code vendor-name}
     * @param integrationPassword required with {@code vendor-name}
     * @param reportingUser       the Reporting API user (optional; with {@code reporting-password})
     * @param reportingPassword   its password
     * @param http                shared client settings
     */
    public record Opayo(@DefaultValue("SANDBOX") String environment, URI piUrl, URI reportingUrl, String vendorName,
                        Secret integrationKey, Secret integrationPassword, String reportingUser, Secret reportingPassword,
                        @DefaultValue Http http) {
        /**
         * Checks the values, naming the property of any that is wrong.
         *
         * @param environment         {@code SANDBOX} (default) or {@code LIVE}; ignored when both URLs are set
         * @param piUrl               Pi's base URL, for an emulator or proxy (with {@code reporting-url})
         * @param reportingUrl        the Reporting API's URL (with {@code pi-url})
         * @param vendorName          the vendor name; setting it turns the client on
         * @param integrationKey      required with {@code vendor-name}
         * @param integrationPassword required with {@code vendor-name}
         * @param reportingUser       the Reporting API user (optional; with {@code reporting-password})
         * @param reportingPassword   its password
         * @param http                shared client settings
         */
        public Opayo {
            environment = oneOf("tillbridge.opayo.environment", environment, Set.of("SANDBOX", "LIVE"));
            if (vendorName != null) {
                required("tillbridge.opayo.integration-key", integrationKey, "tillbridge.opayo.vendor-name");
                required("tillbridge.opayo.integration-password", integrationPassword, "tillbridge.opayo.vendor-name");
                together("tillbridge.opayo.pi-url", piUrl, "tillbridge.opayo.reporting-url", reportingUrl);
                together("tillbridge.opayo.reporting-user", reportingUser, "tillbridge.opayo.reporting-password", reportingPassword);
            }
        }

        /**
         * Whether the client is configured.
         *
         * @return true when its identifying property is set
         */
        public boolean configured() {
            return vendorName != null;
        }
    }

    /**
     * The Zoho Inventory client, with OAuth's refresh-token grant.
     *
     * @param dataCentre     {@code COM} (default), {@code EU}, {@code IN}, {@code COM_AU}, {@code JP}, {@code CA},
     *                       {@code COM_CN}, {@code SA}; ignored when both URLs are set
     * @param apiUrl         the API's base URL, for an emulator or proxy (with {@code accounts-url})
     * @param accountsUrl    the accounts (OAuth) server's URL (with {@code api-url})
     * @param organizationId the organisation; setting it turns the client on
     * @param clientId       required with {@code organization-id}
     * @param clientSecret   required with {@code organization-id}
     * @param refreshToken   required with {@code organization-id}
     * @param rateLimit      the client-side limit (Zoho: 100 a minute per organisation)
     * @param http           shared client settings
     */
    public record Zoho(@DefaultValue("COM") String dataCentre, URI apiUrl, URI accountsUrl, String organizationId, String clientId,
                       Secret clientSecret, Secret refreshToken, @DefaultValue RateLimit rateLimit, @DefaultValue Http http) {
        /**
         * Checks the values, naming the property of any that is wrong.
         *
         * @param dataCentre     {@code COM} (default), {@code EU}, {@code IN}, {@code COM_AU}, {@code JP}, {@code CA}, {@code COM_CN}, {@code SA}; ignored when both URLs are set
         * @param apiUrl         the API's base URL, for an emulator or proxy (with {@code accounts-url})
         * @param accountsUrl    the accounts (OAuth) server's URL (with {@code api-url})
         * @param organizationId the organisation; setting it turns the client on
         * @param clientId       required with {@code organization-id}
         * @param clientSecret   required with {@code organization-id}
         * @param refreshToken   required with {@code organization-id}
         * @param rateLimit      the client-side limit (Zoho: 100 a minute per organisation)
         * @param http           shared client settings
         */
        public Zoho {
            dataCentre = oneOf("tillbridge.zoho.data-centre", dataCentre,
                    java.util.Arrays.stream(io.tillbridge.zoho.ZohoDataCentre.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet()));
            if (organizationId != null) {
                required("tillbridge.zoho.client-id", clientId, "tillbridge.zoho.organization-id");
                required("tillbridge.zoho.client-secret", clientSecret, "tillbridge.zoho.organization-id");
                required("tillbridge.zoho.refresh-token", refreshToken, "tillbridge.zoho.organization-id");
                together("tillbridge.zoho.api-url", apiUrl, "tillbridge.zoho.accounts-url", accountsUrl);
            }
        }

        /**
         * Whether the client is configured.
         *
         * @return true when its identifying property is set
         */
        public boolean configured() {
            return organizationId != null;
        }
    }

    /**
     * A client-side rate limit.
     *
     * @param permits calls started per period
     * @param period  the period
     * @param maxWait how long a call waits for a permit before it is refused unsent
     */
    public record RateLimit(@DefaultValue("100") long permits, @DefaultValue("1m") Duration period,
                            @DefaultValue("2m") Duration maxWait) {
        /**
         * Checks the values, naming the property of any that is wrong.
         *
         * @param permits calls started per period
         * @param period  the period
         * @param maxWait how long a call waits for a permit before it is refused unsent
         */
        public RateLimit {
            if (permits < 1) {
                throw new IllegalArgumentException("tillbridge.zoho.rate-limit.permits must be at least 1, was " + permits);
            }
        }
    }

    /**
     * The KashFlow client (REST v2 session token, SOAP where REST lacks an operation).
     *
     * @param environment   {@code SANDBOX} (default) or {@code LIVE}; ignored when both URLs are set
     * @param restUrl       the REST base URL, for an emulator or proxy (with {@code soap-url})
     * @param soapUrl       the SOAP URL (with {@code rest-url})
     * @param userName      the user; setting it turns the client on
     * @param password      required with {@code user-name}
     * @param memorableWord required with {@code user-name}
     * @param soapPassword  a separate SOAP API password, when the account uses one
     * @param homeCurrency  the account's base currency (ISO 4217), default GBP
     * @param http          shared client settings
     */
    public record KashFlow(@DefaultValue("SANDBOX") String environment, URI restUrl, URI soapUrl, String userName, Secret password,
                           Secret memorableWord, Secret soapPassword, String homeCurrency, @DefaultValue Http http) {
        /**
         * Checks the values, naming the property of any that is wrong.
         *
         * @param environment   {@code SANDBOX} (default) or {@code LIVE}; ignored when both URLs are set
         * @param restUrl       the REST base URL, for an emulator or proxy (with {@code soap-url})
         * @param soapUrl       the SOAP URL (with {@code rest-url})
         * @param userName      the user; setting it turns the client on
         * @param password      required with {@code user-name}
         * @param memorableWord required with {@code user-name}
         * @param soapPassword  a separate SOAP API password, when the account uses one
         * @param homeCurrency  the account's base currency (ISO 4217), default GBP
         * @param http          shared client settings
         */
        public KashFlow {
            environment = oneOf("tillbridge.kashflow.environment", environment, Set.of("SANDBOX", "LIVE"));
            if (userName != null) {
                required("tillbridge.kashflow.password", password, "tillbridge.kashflow.user-name");
                required("tillbridge.kashflow.memorable-word", memorableWord, "tillbridge.kashflow.user-name");
                together("tillbridge.kashflow.rest-url", restUrl, "tillbridge.kashflow.soap-url", soapUrl);
            }
        }

        /**
         * Whether the client is configured.
         *
         * @return true when its identifying property is set
         */
        public boolean configured() {
            return userName != null;
        }
    }

    /**
     * The SYSPRO e.net client. Every SYSPRO is the customer's own server, so there is no preset URL.
     *
     * @param url              the e.net REST endpoint; setting it turns the client on
     * @param operator         required with {@code url}
     * @param operatorPassword required with {@code url}
     * @param companyId        required with {@code url}
     * @param companyPassword  required with {@code url}
     * @param http             shared client settings
     */
    public record Syspro(URI url, String operator, Secret operatorPassword, String companyId, Secret companyPassword,
                         @DefaultValue Http http) {
        /**
         * Checks the values, naming the property of any that is wrong.
         *
         * @param url              the e.net REST endpoint; setting it turns the client on
         * @param operator         required with {@code url}
         * @param operatorPassword required with {@code url}
         * @param companyId        required with {@code url}
         * @param companyPassword  required with {@code url}
         * @param http             shared client settings
         */
        public Syspro {
            if (url != null) {
                required("tillbridge.syspro.operator", operator, "tillbridge.syspro.url");
                required("tillbridge.syspro.operator-password", operatorPassword, "tillbridge.syspro.url");
                required("tillbridge.syspro.company-id", companyId, "tillbridge.syspro.url");
                required("tillbridge.syspro.company-password", companyPassword, "tillbridge.syspro.url");
            }
        }

        /**
         * Whether the client is configured.
         *
         * @return true when its identifying property is set
         */
        public boolean configured() {
            return url != null;
        }
    }

    /**
     * The JDBC flow store, on the application's {@code DataSource}.
     *
     * @param enabled     false leaves the store to the host (default true)
     * @param tablePrefix prefix of the store's tables (the store's default {@code tb_} when unset)
     * @param migrate     create or upgrade the store's tables at start-up (default true; false when the host owns
     *                    its schema)
     * @param runnerName  this process's id in leases (a random one when unset; set it to take leases back
     *                    at once after a restart)
     */
    public record Store(@DefaultValue("true") boolean enabled, String tablePrefix, @DefaultValue("true") boolean migrate,
                        String runnerName) {
    }

    /**
     * The embeddable runner (module {@code runner}), for order and refund flows the application defines as beans.
     *
     * @param enabled         start it (default false)
     * @param threads         executions at once on this instance (default 8)
     * @param pollingInterval how often this instance looks for due executions (default 2 s)
     * @param instanceName    this instance's name in the executions table (default: the host name)
     * @param applySchema     create the runner's tables at start-up (default true)
     */
    public record Runner(@DefaultValue("false") boolean enabled, @DefaultValue("8") int threads,
                         @DefaultValue("2s") Duration pollingInterval, String instanceName,
                         @DefaultValue("true") boolean applySchema) {
        /**
         * Checks the values, naming the property of any that is wrong.
         *
         * @param enabled         start it (default false)
         * @param threads         executions at once on this instance (default 8)
         * @param pollingInterval how often this instance looks for due executions (default 2 s)
         * @param instanceName    this instance's name in the executions table (default: the host name)
         * @param applySchema     create the runner's tables at start-up (default true)
         */
        public Runner {
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("tillbridge.runner.threads must be between 1 and 256, was " + threads);
            }
        }
    }

    private static void required(String property, Object value, String because) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException(property + " is required when " + because + " is set");
        }
    }

    private static void together(String first, Object a, String second, Object b) {
        if ((a == null) != (b == null)) {
            throw new IllegalArgumentException(first + " and " + second + " must be set together");
        }
    }

    private static String oneOf(String property, String value, Set<String> allowed) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new IllegalArgumentException(property + " must be one of " + allowed.stream().sorted().toList() + ", was '" + value + "'");
        }
        return upper;
    }
}
