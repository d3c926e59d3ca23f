package io.tillbridge.syspro.customers;

import io.tillbridge.syspro.internal.XmlNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An AR customer as ARSQRY answers it. UNVERIFIED: the reference gives ARSQRY's request
 * ({@code Query>Key>Customer}) but not its answer; this reads the first element holding a
 * {@code Customer} child (the root or below it) with the ARSSCS field names, and keeps every other
 * element in {@link #other()}.
 *
 * @param customer    the customer code
 * @param name        {@code Name}
 * @param shortName   {@code ShortName}
 * @param currency    {@code Currency}
 * @param creditLimit {@code CreditLimit}, or null
 * @param email       {@code Email}
 * @param telephone   {@code Telephone}
 * @param onHold      {@code CustomerOnHold} = Y
 * @param other       elements not mapped above, trimmed
 */
public record Customer(String customer, String name, String shortName, String currency, BigDecimal creditLimit, String email,
                       String telephone, boolean onHold, Map<String, String> other) {

    private static final Set<String> MAPPED = Set.of("Customer", "Name", "ShortName", "Currency", "CreditLimit", "Email",
            "Telephone", "CustomerOnHold");

    /**
     * The sold-to address lines.
     *
     * @return {@code SoldToAddr1..5} as answered, trailing blank lines dropped (blank lines between are kept)
     */
    public List<String> soldToLines() {
        return lines("SoldToAddr");
    }

    /**
     * The sold-to postal code.
     *
     * @return {@code SoldPostalCode}, or empty
     */
    public String soldPostalCode() {
        return other.getOrDefault("SoldPostalCode", "");
    }

    /**
     * The ship-to address lines.
     *
     * @return {@code ShipToAddr1..5} as answered, trailing blank lines dropped
     */
    public List<String> shipToLines() {
        return lines("ShipToAddr");
    }

    /**
     * The ship-to postal code.
     *
     * @return {@code ShipPostalCode}, or empty
     */
    public String shipPostalCode() {
        return other.getOrDefault("ShipPostalCode", "");
    }

    private List<String> lines(String prefix) {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            lines.add(other.getOrDefault(prefix + i, ""));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return List.copyOf(lines);
    }

    static Customer from(XmlNode root) {
        XmlNode node = root.child("Customer").filter(c -> c.children().isEmpty()).isPresent() ? root
                : root.descendants().stream().filter(n -> n.child("Customer").filter(c -> c.children().isEmpty()).isPresent())
                .findFirst().orElse(root);
        return new Customer(node.text("Customer").orElse(""), node.text("Name").orElse(""), node.text("ShortName").orElse(""),
                node.text("Currency").orElse(""), node.decimal("CreditLimit").orElse(null), node.text("Email").orElse(""),
                node.text("Telephone").orElse(""), node.text("CustomerOnHold").map("Y"::equalsIgnoreCase).orElse(false),
                node.leavesExcept(MAPPED));
    }
}
