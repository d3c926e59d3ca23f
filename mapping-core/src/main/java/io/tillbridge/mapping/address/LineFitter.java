package io.tillbridge.mapping.address;

import io.tillbridge.mapping.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits free-text address lines into a fixed number of fixed-width fields without losing a
 * character: a long line wraps at a word boundary onto the next line, and when there are too many
 * lines the shortest neighbouring pair is joined with ", ". What still does not fit is a violation,
 * never a truncation.
 */
final class LineFitter {

    private LineFitter() {
    }

    /**
     * @param field    the target field family named in violations, for example {@code billingAddress.address}
     * @param maxLines how many fields the target has
     * @param width    how many characters each holds
     * @return the fitted lines, or null after recording a violation
     */
    static List<String> fit(List<String> logicalLines, int maxLines, int width, String field, Violations violations) {
        List<String> lines = new ArrayList<>();
        for (String line : logicalLines) {
            List<String> wrapped = wrap(line, width);
            if (wrapped == null) {
                violations.add(field, "contains a word longer than " + width + " characters, which cannot be wrapped: '"
                        + longestWord(line) + "'");
                return null;
            }
            lines.addAll(wrapped);
        }
        while (lines.size() > maxLines) {
            int best = -1;
            int bestLength = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < lines.size(); i++) {
                int joined = lines.get(i).length() + 2 + lines.get(i + 1).length();
                if (joined <= width && joined < bestLength) {
                    best = i;
                    bestLength = joined;
                }
            }
            if (best < 0) {
                violations.add(field, "needs " + lines.size() + " lines of at most " + width
                        + " characters but the target has only " + maxLines);
                return null;
            }
            lines.set(best, lines.get(best) + ", " + lines.remove(best + 1));
        }
        return lines;
    }

    /** Word-wraps one line; null when a single word is wider than the field. */
    private static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            if (word.length() > width) {
                return null;
            }
            if (current.length() == 0) {
                current.append(word);
            } else if (current.length() + 1 + word.length() <= width) {
                current.append(' ').append(word);
            } else {
                out.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static String longestWord(String line) {
        String longest = "";
        for (String word : line.split(" ")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }
}
