package io.tillbridge.flows.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillbridge.client.TransportException;
import io.tillbridge.flows.effect.Lookup;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A list lookup is exact: none is absent, one is found, several or a failed call is unknown — never the first of several. */
class ExactMatchTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(List.of(), Lookup.absent()),
                Arguments.of(List.of("INV-1/SO-9"), Lookup.absent()), // the filter returned a record that is not ours
                Arguments.of(List.of("INV-1/SO-1"), Lookup.found("INV-1")),
                Arguments.of(List.of("INV-2/SO-9", "INV-1/SO-1"), Lookup.found("INV-1")),
                Arguments.of(List.of("INV-1/SO-1", "INV-2/SO-1"),
                        Lookup.unknown("more than one record matches the invoice of SO-1; a person has to say which is ours")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void answersByExactMatch(List<String> listed, Lookup<String> expected) {
        Lookup<String> found = ExactMatch.one("the invoice of SO-1", listed::stream, (String r) -> r.endsWith("/SO-1"),
                r -> r.substring(0, r.indexOf('/')));
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void aFailedListIsUnknown() {
        Lookup<String> found = ExactMatch.one("the invoice of SO-1", () -> {
            throw new TransportException("connection refused", false, null);
        }, (String r) -> true, r -> r);
        assertThat(found).isInstanceOf(Lookup.Unknown.class);
        assertThat(((Lookup.Unknown<String>) found).reason()).contains("connection refused");
    }
}
