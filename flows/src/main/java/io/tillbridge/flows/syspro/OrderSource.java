package io.tillbridge.flows.syspro;

/** The host's paid web orders, by vendorTxCode. An exception here ends the run as a dead letter, never escapes it. */
@FunctionalInterface
public interface OrderSource {

    WebOrder order(String vendorTxCode);
}
