package io.tillbridge.syspro.receivables;

import io.tillbridge.syspro.LookupResult;
import io.tillbridge.syspro.PostingOutcome;
import io.tillbridge.syspro.PostingResult;
import io.tillbridge.syspro.internal.SysproConnection;
import io.tillbridge.syspro.internal.Violations;
import io.tillbridge.syspro.tables.SysproTables;
import io.tillbridge.syspro.tables.TableService;
import java.util.Map;
import java.util.Objects;

/**
 * AR payments through ARSTPY, and the lookup that says whether a payment with a given reference is
 * already posted. ARSPAY is the UI program of the same name and is not callable; a licence without
 * ARSTPY answers e.net exception 100000, a {@link io.tillbridge.syspro.BusinessObjectNotLicensedException}.
 */
public final class ArPaymentService {

    static final String POST = "ARSTPY";

    private final SysproConnection enet;
    private final TableService tables;

    /**
     * Creates the service; {@link io.tillbridge.syspro.SysproClient} builds it, hosts normally do not.
     *
     * @param enet   the e.net session
     * @param tables the table lookups
     */
    public ArPaymentService(SysproConnection enet, TableService tables) {
        this.enet = Objects.requireNonNull(enet, "enet");
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /**
     * Posts a payment; repeated after an ended session only when the lookup by reference proves it absent.
     *
     * @param payment the payment
     * @return what was done
     */
    public PostingOutcome<PostingResult> post(ArPayment payment) {
        return enet.post(POST, payment.parameters(), payment.document(),
                payment.options().validateOnly() ? null : () -> find(payment.customer(), payment.reference()))
                .outcome(answer -> PostingResult.from(answer, payment.options().validateOnly()));
    }

    /**
     * The payment row for this customer and reference: found, proven absent, or unknown.
     *
     * @param customer  the customer code
     * @param reference the payment's reference
     * @return the lookup's answer
     */
    public LookupResult<Map<String, String>> find(String customer, String reference) {
        new Violations().required("customer", customer).required("reference", reference).throwIfAny();
        return tables.find(SysproTables.AR_PAYMENTS, Map.of(SysproTables.CUSTOMER, customer, SysproTables.REFERENCE, reference),
                SysproTables.CUSTOMER, SysproTables.REFERENCE, SysproTables.INVOICE, SysproTables.PAYMENT_VALUE);
    }
}
