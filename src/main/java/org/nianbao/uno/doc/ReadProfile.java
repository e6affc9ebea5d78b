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

    private static long cpu0;
    private static long wall0;
    private static String thread = "";

    static synchronized void reset() {
        BUCKETS.clear();
        cpu0 = threadCpu();
        wall0 = System.nanoTime();
        thread = Thread.currentThread().getName();
    }

    /**
     * CPU time of this thread in ns (office work called from here included: one thread), or -1: a figure that other
     * processes' load hardly changes; a read that waits shows wall time well above it (issue 8).
     */
    public static long threadCpu() {
        try {
            java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
            return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : -1;
        } catch (Throwable t) {
            return -1;
        }
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
        long cpu = threadCpu();
        last = String.format(Locale.ROOT, "%d calls in %.1f ms (cpu %.1f ms, thread %s):", calls, (System.nanoTime() - wall0) / 1e6,
                cpu < 0 || cpu0 < 0 ? -1.0 : (cpu - cpu0) / 1e6, thread) + s;
    }

    /** The last read's figures: "N calls: kind calls/ms …". */
    public static synchronized String last() {
        return last;
    }
}
