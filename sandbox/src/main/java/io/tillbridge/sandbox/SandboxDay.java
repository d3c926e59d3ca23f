package io.tillbridge.sandbox;

import io.tillbridge.sandbox.opayo.SandboxCards;
import io.tillbridge.sandbox.zoho.SeedAddress;
import io.tillbridge.sandbox.zoho.SeedCustomer;
import io.tillbridge.sandbox.zoho.SeedItem;
import io.tillbridge.sandbox.zoho.SeedSalesOrder;
import io.tillbridge.sandbox.zoho.ZohoEmulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A ready-made day of business seeded into a Zoho emulator: four items in GBP/EUR and one in JPY with
 * stock, customers in GBP, EUR and JPY, and confirmed sales orders of one to three lines with UK VAT
 * (Japanese consumption tax for yen) and shipping. Each customer is given a sandbox card — most
 * authorise, about three in twenty are declined by the bank, three in twenty are 3-D Secure enrolled — and
 * about one in twenty ships to Nigeria, which a risk policy can be told to hold. The same
 * {@code seed} gives the same day, so a failing run can be repeated exactly.
 *
 * <p>The seeded UK customers live at {@value #STREET}, {@value #CITY}, {@value #POSTCODE}: an address that
 * passes Tillbridge's address rules, whose postcode does not match Opayo's AVS (the security code
 * does). For an address that matches both, see {@link SandboxValues#AVS_MATCHING_UK_ADDRESS}.
 */
public final class SandboxDay {

    static final String STREET = "88 High Street";
    static final String CITY = "London";
    static final String POSTCODE = "SW1A 1AA";

    private final List<String> salesOrders;
    private final Map<String, String> cardOf;

    private SandboxDay(List<String> salesOrders, Map<String, String> cardOf) {
        this.salesOrders = List.copyOf(salesOrders);
        this.cardOf = Map.copyOf(cardOf);
    }

    /**
     * Seeds {@code orders} confirmed sales orders (and about half as many customers) into {@code zoho}.
     *
     * @param zoho   a started emulator
     * @param orders how many sales orders; at least one
     * @param seed   the random seed
     * @return the seeded ids and which card each customer pays with
     */
    public static SandboxDay seed(ZohoEmulator zoho, int orders, long seed) {
        if (orders < 1) {
            throw new IllegalArgumentException("orders: at least one, was " + orders);
        }
        Random random = new Random(seed);
        List<String> items = new ArrayList<>();
        for (SeedItem item : List.of(SeedItem.of("Widget", "WID-1", "9.99", "10000"), SeedItem.of("Gadget", "GAD-7", "45.00", "10000"),
                SeedItem.of("Sprocket", "SPR-3", "2.50", "10000"), SeedItem.of("Gizmo", "GIZ-9", "120.00", "10000"))) {
            items.add(zoho.seedItem(item));
        }
        String yenItem = zoho.seedItem(SeedItem.of("Kendama", "KEN-1", "1500", "10000"));
        String[] currencies = {"GBP", "GBP", "GBP", "EUR", "JPY"};
        String[] goodCards = {SandboxCards.VISA_DEBIT, SandboxCards.DEBIT_MASTERCARD, SandboxCards.VISA_NOT_ENROLLED, SandboxCards.AMEX};
        SeedAddress home = new SeedAddress(STREET, CITY, POSTCODE, "United Kingdom");
        SeedAddress lagos = new SeedAddress("1 Marina", "Lagos", null, "Nigeria");
        Map<String, String> cardOf = new LinkedHashMap<>();
        List<String[]> customers = new ArrayList<>();
        for (int c = 0; c < Math.max(1, orders / 2); c++) {
            String currency = currencies[random.nextInt(currencies.length)];
            int kind = random.nextInt(20);
            String card = kind < 2 ? SandboxCards.VISA_DECLINED : kind < 3 ? SandboxCards.MASTERCARD_DECLINED
                    : kind < 6 ? SandboxCards.VISA_3DS : goodCards[random.nextInt(goodCards.length)];
            boolean risky = kind == 19;
            String id = zoho.seedCustomer(SeedCustomer.of("Customer " + (c + 1), "customer" + (c + 1) + "@example.com", currency, home));
            cardOf.put(id, card);
            customers.add(new String[] {id, currency, risky ? "NG" : "GB"});
        }
        List<String> salesOrders = new ArrayList<>();
        for (int o = 0; o < orders; o++) {
            String[] customer = customers.get(random.nextInt(customers.size()));
            SeedSalesOrder.Builder order = SeedSalesOrder.builder(customer[0], customer[1]);
            if (customer[1].equals("JPY")) {
                order.line(yenItem, 1 + random.nextInt(3), "10");
            } else {
                int count = 1 + random.nextInt(3);
                for (int l = 0; l < count; l++) {
                    order.line(items.get(random.nextInt(items.size())), 1 + random.nextInt(4), "20");
                }
                order.shippingCharge("4.95");
            }
            if (customer[2].equals("NG")) {
                order.shippingAddress(lagos);
            }
            salesOrders.add(zoho.seedSalesOrder(order.build()));
        }
        return new SandboxDay(salesOrders, cardOf);
    }

    /**
     * The seeded sales orders.
     *
     * @return their ids, in the order they were created
     */
    public List<String> salesOrders() {
        return salesOrders;
    }

    /**
     * The card a seeded customer pays with.
     *
     * @param customerId the customer's {@code contact_id}
     * @return a card number from {@link SandboxCards}; null for a customer this day did not seed
     */
    public String cardOf(String customerId) {
        return cardOf.get(customerId);
    }
}
