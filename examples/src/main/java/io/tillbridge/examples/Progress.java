package io.tillbridge.examples;

import java.io.PrintStream;

/**
 * The demo's progress: a bar redrawn in place on a terminal, and on anything else — a pipe, a CI log,
 * a test's buffer — a plain line at each quarter, because a carriage return turns a log into one
 * unreadable line.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A bar only when {@code out} is the standard output of a program attached to a terminal. */
    static Progress of(PrintStream out) {
        return new Progress(out, out == System.out && System.console() != null);
    }

    /** {@code done} of {@code total} steps of {@code stage} are finished. */
    void report(String stage, int done, int total) {
        String label = String.format("  %-14s", stage);
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            out.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total);
            if (done == total) {
                out.println();
            }
        } else if (done == total || quarter(done, total) > quarter(done - 1, total)) {
            out.println(label + " " + done + "/" + total);
        }
        out.flush();
    }

    private static int quarter(int done, int total) {
        return total == 0 ? 4 : done * 4 / total;
    }
}
