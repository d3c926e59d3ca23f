package io.tillbridge.mapping.gl;

/** Which amounts a GL rule applies to. */
public enum AmountSign {
    ANY, POSITIVE, NEGATIVE;

    boolean accepts(int sign) {
        return this == ANY || (this == POSITIVE && sign > 0) || (this == NEGATIVE && sign < 0);
    }
}
