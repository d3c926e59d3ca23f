package io.tillbridge.mapping.gl;

import io.tillbridge.mapping.model.SettlementLine;
import io.tillbridge.mapping.model.TransactionType;
import java.util.Currency;
import java.util.Objects;

/**
 * What a GL rule looks at.
 *
 * @param type     the transaction type
 * @param method   the card type ({@code Visa}, {@code AmericanExpress}) or payment method ({@code PayPal}); may be null
 * @param currency the currency
 * @param channel  the sales channel (for example {@code web}, {@code moto}); may be null
 * @param sign     the sign of the amount as the merchant's bank sees it: 1, 0 or -1
 */
public record GlContext(TransactionType type, String method, Currency currency, String channel, int sign) {

    /**
     * Requires a type and a currency, and reduces {@code sign} to -1, 0 or 1.
     *
     * @param type     the transaction type
     * @param method   the card type ({@code Visa}, {@code AmericanExpress}) or payment method ({@code PayPal});
     *     may be null
     * @param currency the currency
     * @param channel  the sales channel (for example {@code web}, {@code moto}); may be null
     * @param sign     the sign of the amount as the merchant's bank sees it: 1, 0 or -1
     */
    public GlContext {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        sign = Integer.signum(sign);
    }

    /**
     * The context of one settlement line, sold through a channel.
     *
     * @param line    a settlement line
     * @param channel the sales channel it came through; may be null
     * @return the context
     */
    public static GlContext of(SettlementLine line, String channel) {
        return new GlContext(line.type(), line.cardType(), line.amount().currency(), channel,
                line.signedAmount().amount().signum());
    }
}
