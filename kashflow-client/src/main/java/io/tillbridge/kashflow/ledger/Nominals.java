package io.tillbridge.kashflow.ledger;

import io.tillbridge.kashflow.internal.KashFlowRest;
import java.util.List;
import java.util.Map;

/** Nominal codes, REST {@code GET /nominals}. */
public final class Nominals {

    private final KashFlowRest rest;

    public Nominals(KashFlowRest rest) {
        this.rest = rest;
    }

    public List<Nominal> list() {
        return rest.list("/nominals", Map.of(), Nominal.class, "nominals.list").toList();
    }
}
