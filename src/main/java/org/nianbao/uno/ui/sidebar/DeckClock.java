package org.nianbao.uno.ui.sidebar;

/**
 * The time the sidebar spends in our code (creating panels, building their controls, answering their heights,
 * laying them out, opening the right panel) since the office started: the part of opening the deck that is ours
 * (issue 8). Calls nested in one of ours count once; time our code hands back to LibreOffice (its relayout when
 * we expand a panel) is counted apart. Read by the test command {@code nianbao:test-state} ("deckMs",
 * "deckLentMs", "deckCalls"); the rest of an opening is LibreOffice's.
 */
public final class DeckClock {
    private static long nanos;
    private static long lentNanos;
    private static long calls;
    private static int depth;
    private static final java.util.Map<String, Long> PARTS = new java.util.TreeMap<>();
    private static String outer;

    private DeckClock() {
    }

    /** Entering our code from the sidebar for {@code part} ("create", "height" …); returns the start for {@link #exit}. */
    static synchronized long enter(String part) {
        if (depth++ == 0) outer = part;
        return System.nanoTime();
    }

    static synchronized void exit(long t0) {
        if (--depth == 0) {
            long d = System.nanoTime() - t0;
            nanos += d;
            calls++;
            PARTS.merge(outer, d, Long::sum);
        }
    }

    /** Our time by entry point, e.g. "create 30.1 height 12.0" (ms). */
    public static synchronized String parts() {
        StringBuilder b = new StringBuilder();
        PARTS.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.1f", v / 1e6)));
        return b.toString();
    }

    /** The time since {@code t0} was LibreOffice's work inside one of our calls. */
    static synchronized void lent(long t0) {
        lentNanos += System.nanoTime() - t0;
    }

    /** Ours, LibreOffice's work inside our calls left out. */
    public static synchronized double oursMs() {
        return (nanos - lentNanos) / 1e6;
    }

    public static synchronized double lentMs() {
        return lentNanos / 1e6;
    }

    public static synchronized long calls() {
        return calls;
    }
}
