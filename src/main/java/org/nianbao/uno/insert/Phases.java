package org.nianbao.uno.insert;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where an insert spends its time inside the office (issue 8, Speed): named phases, each the time since the
 * previous mark, summed over the tables of a part. The last insert's summary is logged and kept for
 * {@code nianbao:test-state} (bench/uno-timings.sh prints it per phase).
 */
final class Phases {
    private static volatile String last = "";

    private final long start = System.nanoTime();
    private long mark = start;
    private final Map<String, Double> ms = new LinkedHashMap<>();

    /** The time since the previous mark goes to {@code phase}. */
    void end(String phase) {
        long now = System.nanoTime();
        ms.merge(phase, (now - mark) / 1e6, Double::sum);
        mark = now;
    }

    /** "checks 3.1 ms styles 9.0 ms …; total 120.4 ms", and kept as the last insert's. */
    String finish() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Double> e : ms.entrySet()) {
            b.append(String.format(Locale.ROOT, " %s %.1f ms", e.getKey(), e.getValue()));
        }
        b.append(String.format(Locale.ROOT, "; total %.1f ms", (System.nanoTime() - start) / 1e6));
        String s = b.toString().trim();
        last = s;
        return s;
    }

    /** The summary of the last insert in this office, "" before the first. */
    static String last() {
        return last;
    }
}
