package io.tillbridge.kashflow.ledger;

import io.tillbridge.kashflow.internal.KashFlowRest;
import java.util.List;
import java.util.Map;

/** Nominal codes, REST {@code GET /nominals}. */
public final class Nominals {

    private final KashFlowRest rest;

    /**
     * Creates the service; {@link io.tillbridge.kashflow.KashFlowClient} builds it, hosts normally do not.
     *
     * @param rest the REST transport
     */
    public Nominals(KashFlowRest rest) {
        this.rest = rest;
    }

    /**
     * The account's nominal codes.
     *
     * @return the nominals
     */
    public List<Nominal> list() {
        return rest.list("/nominals", Map.of(), Nominal.class, "nominals.list").toList();
    }
}
