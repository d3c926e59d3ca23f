package io.tillbridge.mapping.gl;

/** Which amounts a GL rule applies to. */
public enum AmountSign {
    /** Amounts of either sign, and zero. */
    ANY,
    /** Only amounts above zero (money in). */
    POSITIVE,
    /** Only amounts below zero (money out: refunds, chargebacks). */
    NEGATIVE;

    boolean accepts(int sign) {
        return this == ANY || (this == POSITIVE && sign > 0) || (this == NEGATIVE && sign < 0);
    }
}
