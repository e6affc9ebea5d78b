package org.nianbao.uno.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The lines a timing IT prints and writes under target/bench: medians of runs, the first run in brackets. */
final class Figures {
    private final List<String> lines = new ArrayList<>();
    private final int labelWidth;

    Figures(int labelWidth) {
        this.labelWidth = labelWidth;
    }

    static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    void figure(String what, List<Double> runs) {
        figure(what, runs, "ms");
    }

    void figure(String what, List<Double> runs, String unit) {
        line("%-" + labelWidth + "s %8.1f %s  [%.1f]", what, median(runs), unit, runs.get(0));
    }

    /** A ratio of two medians, e.g. a save with the save path to the same save without it. */
    void ratio(String what, List<Double> numerator, List<Double> denominator) {
        line("%-" + labelWidth + "s %8.2f ×", what, median(numerator) / median(denominator));
    }

    static double median(List<Double> runs) {
        List<Double> sorted = new ArrayList<>(runs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    void line(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args));
    }

    /** Writes the lines to {@code out} and prints them. */
    void write(Path out) throws IOException {
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
    }
}
