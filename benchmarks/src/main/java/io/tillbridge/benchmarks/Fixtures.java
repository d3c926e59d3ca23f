package io.tillbridge.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/** Deterministic documents the benchmarks share. */
final class Fixtures {

    private Fixtures() {
    }

    /** A Zoho sales-order envelope with {@code lines} lines whose stated total adds up exactly. */
    static byte[] zohoSalesOrder(int lines) {
        StringBuilder items = new StringBuilder();
        BigDecimal sub = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (int i = 0; i < lines; i++) {
            BigDecimal rate = new BigDecimal(String.format("%d.%02d", 3 + i, (i * 7) % 100));
            BigDecimal quantity = BigDecimal.valueOf(1 + i % 4);
            BigDecimal net = rate.multiply(quantity);
            sub = sub.add(net);
            tax = tax.add(net.multiply(BigDecimal.valueOf(20)).movePointLeft(2));
            if (i > 0) {
                items.append(',');
            }
            items.append("{\"line_item_id\":\"48150000000").append(10000 + i).append("\",\"item_id\":\"48150000000")
                    .append(20000 + i).append("\",\"name\":\"Item ").append(i).append("\",\"sku\":\"SKU-").append(i)
                    .append("\",\"rate\":").append(rate).append(",\"quantity\":").append(quantity)
                    .append(",\"tax_percentage\":20,\"item_total\":").append(net).append(",\"unit\":\"pcs\",\"discount\":\"\"}");
        }
        BigDecimal shipping = new BigDecimal("4.95");
        BigDecimal total = sub.add(tax).add(shipping).setScale(2, RoundingMode.HALF_EVEN);
        String json = "{\"code\":0,\"message\":\"success\",\"salesorder\":{\"salesorder_id\":\"4815000000044895\","
                + "\"salesorder_number\":\"SO-00042\",\"date\":\"2026-11-24\",\"status\":\"confirmed\",\"order_status\":\"confirmed\","
                + "\"paid_status\":\"not_paid\",\"customer_id\":\"4815000000044001\",\"customer_name\":\"Ada Lovelace\","
                + "\"currency_code\":\"GBP\",\"exchange_rate\":1.0,\"discount\":\"\",\"is_discount_before_tax\":true,"
                + "\"is_inclusive_tax\":false,\"line_items\":[" + items + "],\"shipping_charge\":4.95,\"adjustment\":0,"
                + "\"sub_total\":" + sub.setScale(2, RoundingMode.HALF_EVEN) + ",\"tax_total\":" + tax.setScale(2, RoundingMode.HALF_EVEN)
                + ",\"total\":" + total + ","
                + "\"billing_address\":{\"address\":\"88 High Street\",\"street2\":\"Flat 2\",\"city\":\"London\",\"state\":\"\","
                + "\"zip\":\"SW1A 1AA\",\"country\":\"United Kingdom\"},"
                + "\"shipping_address\":{\"address\":\"88 High Street\",\"city\":\"London\",\"zip\":\"SW1A 1AA\",\"country\":\"United Kingdom\"},"
                + "\"custom_fields\":[{\"customfield_id\":\"460000000098001\",\"label\":\"Channel\",\"value\":\"web\",\"api_name\":\"cf_channel\"}],"
                + "\"created_time\":\"2026-11-24T09:15:02+0000\",\"last_modified_time\":\"2026-11-24T10:00:00+0000\"}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** An Opayo Pi transaction, as GET /transactions/{id} answers. */
    static final String OPAYO_TRANSACTION = "{\"transactionId\":\"DB79BA2D-05DA-5B85-D188-1293D16BBAC7\",\"transactionType\":\"Payment\","
            + "\"status\":\"Ok\",\"statusCode\":\"0000\",\"statusDetail\":\"The Authorisation was Successful.\","
            + "\"retrievalReference\":1234567,\"bankResponseCode\":\"00\",\"bankAuthorisationCode\":\"999777\","
            + "\"avsCvcCheck\":{\"status\":\"AllMatched\",\"address\":\"Matched\",\"postalCode\":\"Matched\",\"securityCode\":\"Matched\"},"
            + "\"paymentMethod\":{\"card\":{\"cardType\":\"Visa\",\"lastFourDigits\":\"0006\",\"expiryDate\":\"0329\","
            + "\"cardIdentifier\":\"C6F92981-8C2D-457A-AA1E-16EBCD6D3AC6\",\"reusable\":false}},"
            + "\"amount\":{\"totalAmount\":8951,\"saleAmount\":8951,\"surchargeAmount\":0},\"currency\":\"GBP\","
            + "\"3DSecure\":{\"status\":\"CardNotEnrolled\"}}";
}
