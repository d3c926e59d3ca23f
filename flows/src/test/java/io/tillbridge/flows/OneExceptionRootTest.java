package io.tillbridge.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.TillbridgeException;
import io.tillbridge.client.ApiException;
import io.tillbridge.client.TransportException;
import io.tillbridge.client.ValidationException;
import io.tillbridge.mapping.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A host catches everything Tillbridge throws — mapping rules and clients alike — with one catch. */
class OneExceptionRootTest {

    @Test
    void oneCatchTakesTheMappingRulesFailuresAndTheClientsFailures() {
        List<RuntimeException> failures = List.of(
                new InvalidInputException("amount", "must be positive"),
                new ValidationException("amount", "must be positive"),
                new ApiException("Opayo", 403, List.of("1018"), "refund exceeds original", null),
                new TransportException("reset", true, null));
        int caught = 0;
        for (RuntimeException failure : failures) {
            try {
                throw failure;
            } catch (TillbridgeException e) {
                caught++;
            }
        }
        assertThat(caught).isEqualTo(failures.size());
    }
}
