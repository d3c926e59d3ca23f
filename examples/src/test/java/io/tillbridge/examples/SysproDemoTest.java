package io.tillbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SysproDemoTest {

    @TempDir
    Path store;

    @Test
    void theSysproDemoPostsEverythingOnceAndPrintsItsSummary() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SysproDemo.Summary s = SysproDemo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), 7L, store);
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(s.orders()).isEqualTo(12);
        assertThat(s.imported()).isEqualTo(10);               // the unknown customer and the unknown stock code stay out
        assertThat(s.mostImportsOfOnePo()).isEqualTo(1);
        assertThat(s.mostPaymentsOfOneReference()).isEqualTo(1);
        assertThat(s.arPayments()).isEqualTo(10 + s.repeatsCharged());
        assertThat(s.creditNotes()).isEqualTo(2);
        assertThat(s.creditValue()).isEqualByComparingTo("109.98");  // RF-1001 10.00 + CB-1002 99.98: SYSPRO's amount is ours
        assertThat(s.releasedFromSuspense()).isEqualTo(1);          // WEB-1007: in suspense with its reasons, then released
        assertThat(s.journals()).isEqualTo(1);
        assertThat(s.journalsBalance()).isTrue();
        assertThat(s.mostRepeatsOfOneCode()).isEqualTo(1);
        assertThat(s.repeatsCharged()).isEqualTo(5);          // GYM-1: Mar, Apr, May; BOX-7: Mar, May (the quarter ends 2 June)
        assertThat(s.repeatsDeclined()).isEqualTo(4);         // BOX-7's April: the first attempt and three retries
        assertThat(s.notices()).isEqualTo(1);
        assertThat(s.deadLetters()).hasSize(4).anySatisfy(l -> assertThat(l).contains("Z999"))
                .anySatisfy(l -> assertThat(l).contains("009999")).anySatisfy(l -> assertThat(l).contains("CB-1003"))
                .anySatisfy(l -> assertThat(l).contains("BOX-7@2026-04-20"));
        assertThat(output).contains("SYSPRO orders").contains("GL journals").contains("Recurring");
    }
}
