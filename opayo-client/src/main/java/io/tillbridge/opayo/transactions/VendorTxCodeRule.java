package io.tillbridge.opayo.transactions;

/** Opayo's vendorTxCode rule: at most 40 of letters, digits, {@code - . _ { }} (reference: opayo.md §1.9). */
final class VendorTxCodeRule {

    static final String PATTERN = "[A-Za-z0-9\\-._{}]{1,40}";
    static final String MESSAGE = "must be 1-40 letters, digits or - . _ { }";

    private VendorTxCodeRule() {
    }
}
