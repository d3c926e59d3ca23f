package io.tillbridge.flows.syspro;

/** The host's paid web orders, by vendorTxCode. An exception here ends the run as a dead letter, never escapes it. */
@FunctionalInterface
public interface OrderSource {

    /**
     * The paid order sent under a vendorTxCode.
     *
     * @param vendorTxCode the order's vendorTxCode
     * @return the order
     */
    WebOrder order(String vendorTxCode);
}
