package org.nianbao.uno.doc;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a read of the document spends its time (issue 8): per kind of bridge call, how many and how long.
 * One read at a time (the session's lock); the last read's figures are logged with the bind line.
 */
public final class ReadProfile {
    private static final class Bucket {
        int calls;
        long nanos;
    }

    private static final Map<String, Bucket> BUCKETS = new LinkedHashMap<>();
    private static String last = "";

    private ReadProfile() {
    }

    static synchronized void reset() {
        BUCKETS.clear();
    }

    /** Counts {@code calls} bridge calls of kind {@code what} that took since {@code t0} (System.nanoTime). */
    static synchronized void add(String what, int calls, long t0) {
        Bucket b = BUCKETS.computeIfAbsent(what, k -> new Bucket());
        b.calls += calls;
        b.nanos += System.nanoTime() - t0;
    }

    static synchronized void done() {
        StringBuilder s = new StringBuilder();
        int calls = 0;
        for (Map.Entry<String, Bucket> e : BUCKETS.entrySet()) {
            calls += e.getValue().calls;
            s.append(String.format(Locale.ROOT, " %s %d/%.1f", e.getKey(), e.getValue().calls, e.getValue().nanos / 1e6));
        }
        last = calls + " calls:" + s;
    }

    /** The last read's figures: "N calls: kind calls/ms …". */
    public static synchronized String last() {
        return last;
    }
}
