package org.nianbao.uno.insert;

import com.sun.star.uno.XComponentContext;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.uno.ExtensionClasses;
import org.nianbao.uno.Log;
import org.nianbao.uno.UiText;

/**
 * The first insert in a fresh office paid for our own first use (issue 8, Speed): loading the schema and the
 * table layouts, the recogniser's classes, the UI texts, asking the toolkit for the installed fonts, loading our
 * UNO-side classes ({@link ExtensionClasses}, also the deck's first opening); and the
 * first check or save ran our checking code interpreted, so a few checks of a built report follow
 * ({@link CheckWarmUp}). The startup job starts this once per office process on a background thread, so that the first insert finds them
 * ready; whatever is not done yet when the user inserts is simply done then (each is initialised once, thread-safely).
 */
public final class Preload {
    /**
     * The environment variable that turns the preload off when "0", only its check warm-up with "no-warm-up" and
     * only the loading of our classes with "no-classes" ({@link ExtensionClasses}; comma-separated;
     * to measure the first insert, check, save and deck opening without them).
     */
    public static final String ENV = "NIANBAO_PRELOAD";
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** Checks of a built report run to warm the JIT up ({@link CheckWarmUp}), at most this many and this long. */
    private static final int WARM_UP_ROUNDS = 40;
    private static final long WARM_UP_BUDGET_MS = 1500;

    private Preload() {
    }

    /** Starts the preload, once per office process; returns at once. */
    public static void start(XComponentContext ctx) {
        if ("0".equals(System.getenv(ENV)) || !STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> Log.guard("preloading the schema and fonts", () -> run(ctx)), "nianbao-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** True when {@value #ENV} (a comma-separated list) turns this part off. */
    private static boolean turnedOff(String part) {
        String v = System.getenv(ENV);
        return v != null && java.util.Arrays.asList(v.split(",")).contains(part);
    }

    private static void run(XComponentContext ctx) {
        long t0 = System.nanoTime();
        for (TableId id : TableId.values()) {
            new TablePlan(ReportSchema.get().layout(id));
            TableGeometry.of(id);
        }
        DocumentReader.read(new DocumentContent(List.of()));
        UiText.of(ctx).get("part.report");
        long t1 = System.nanoTime();
        Fonts.detect(ctx);
        long t2 = System.nanoTime();
        int classes = turnedOff("no-classes") ? 0 : ExtensionClasses.load();
        long t3 = System.nanoTime();
        int rounds = turnedOff("no-warm-up") ? 0 : CheckWarmUp.run(WARM_UP_ROUNDS, WARM_UP_BUDGET_MS);
        Log.info(String.format(Locale.ROOT, "preload: schema, layouts, recogniser, texts %.1f ms; fonts %.1f ms; "
                + "%d classes (ours and their UNO types) %.1f ms; check warmed up in %d rounds, %.1f ms", (t1 - t0) / 1e6, (t2 - t1) / 1e6, classes,
                (t3 - t2) / 1e6, rounds, (System.nanoTime() - t3) / 1e6));
    }
}
