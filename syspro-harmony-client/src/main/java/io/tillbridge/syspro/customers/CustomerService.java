package io.tillbridge.syspro.customers;

import io.tillbridge.syspro.LookupResult;
import io.tillbridge.syspro.PostingOutcome;
import io.tillbridge.syspro.internal.SysproConnection;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.internal.XmlNode;
import io.tillbridge.syspro.tables.SysproTables;
import io.tillbridge.syspro.tables.TableService;
import java.util.Map;
import java.util.Objects;

/** AR customers: ARSQRY reads, ARSSCS adds and updates, and an exact lookup by customer code. */
public final class CustomerService {

    static final String QUERY = "ARSQRY";
    static final String SETUP = "ARSSCS";

    private final SysproConnection enet;
    private final TableService tables;

    /**
     * Creates the service; {@link io.tillbridge.syspro.SysproClient} builds it, hosts normally do not.
     *
     * @param enet   the e.net session
     * @param tables the table lookups
     */
    public CustomerService(SysproConnection enet, TableService tables) {
        this.enet = Objects.requireNonNull(enet, "enet");
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /**
     * Reads a customer: {@code Query>Key>Customer}, the shape the reference gives (syspro.md §4 ARSQRY).
     * No options are sent: the reference leaves open whether ARSQRY's options ({@code IncludeZeroBalances}
     * and the rest) sit under {@code Option} or {@code Key} (Gaps, "ARSQRY nesting"), and the customer's
     * own fields need none of them.
     *
     * @param customer the customer code
     * @return the customer
     */
    public Customer get(String customer) {
        new Violations().required("customer", customer).maxLength("customer", customer, 15).throwIfAny();
        XmlNode query = XmlNode.of("Query", XmlNode.element("Key").leaf("Customer", customer).build());
        return Customer.from(enet.query(QUERY, query));
    }

    /**
     * Adds a customer. With a customer code, a call cut by an ended session is repeated only when the
     * lookup proves the code absent; without one (SYSPRO numbers it) it is never repeated.
     *
     * @param setup the customer to add
     * @return what was done
     */
    public PostingOutcome<CustomerSetupResult> add(CustomerSetup setup) {
        new Violations().required("name", setup.name()).throwIfAny();
        return enet.setup(SysproConnection.SetupAction.ADD, SETUP, setup.parameters(), setup.document(),
                setup.customer() == null || setup.options().validateOnly() ? null : () -> find(setup.customer()))
                .outcome(answer -> CustomerSetupResult.from(answer, setup.customer()));
    }

    /**
     * Updates a customer; only the fields set are sent. No lookup can prove whether an update was applied,
     * so one cut by an ended session is not repeated ({@link io.tillbridge.syspro.PostingNotRepeatedException}).
     *
     * @param setup the changes
     * @return SYSPRO's answer
     */
    public CustomerSetupResult update(CustomerSetup setup) {
        new Violations().required("customer", setup.customer()).throwIfAny();
        return enet.setup(SysproConnection.SetupAction.UPDATE, SETUP, setup.parameters(), setup.document(), null)
                .outcome(answer -> CustomerSetupResult.from(answer, setup.customer())).resultOrThrow();
    }

    /**
     * The customer's row: found, proven absent, or unknown.
     *
     * @param customer the customer code
     * @return the lookup's answer
     */
    public LookupResult<Map<String, String>> find(String customer) {
        new Violations().required("customer", customer).throwIfAny();
        return tables.find(SysproTables.CUSTOMERS, SysproTables.CUSTOMER, customer, SysproTables.CUSTOMER, SysproTables.NAME);
    }
}
