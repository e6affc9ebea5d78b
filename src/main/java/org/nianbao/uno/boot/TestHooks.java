package org.nianbao.uno.boot;

import com.sun.star.frame.XModel;
import java.util.List;
import org.nianbao.core.model.Json;
import org.nianbao.uno.Outcome;
import org.nianbao.uno.Uno;
import org.nianbao.uno.doc.UnoLiveDocument;
import org.nianbao.uno.session.FaultPoints;
import org.nianbao.uno.session.ReportCheck;
import org.nianbao.uno.session.ReportSession;
import org.nianbao.uno.session.SaveStage;
import org.nianbao.uno.session.Sessions;

/**
 * Test-only commands, off in production: they exist only when the office was started with the environment
 * variable {@value #ENV}=1 (the integration tests' office); otherwise their URLs are refused and no fault
 * can be armed.
 *
 * <ul>
 *   <li>{@code nianbao:test-fault?stage=<id>} arms the {@link FaultPoints} of the frame's document's session:
 *       the next time the save path (or a command) reaches that {@link SaveStage}, it throws; once.
 *       {@code stage=none} disarms all.</li>
 *   <li>{@code nianbao:test-save-path?off} / {@code ?on} switch the save path off and on again for the office
 *       process (the save listener stays registered and does nothing): Save with and without it.</li>
 *   <li>{@code nianbao:test-state} answers with JSON: the sessions kept (as "boardDocuments" and
 *       "documentStates"), the sidebar's listeners, whether the save listener is registered, and the frame's
 *       document's last notices, save outcome and format warnings, the findings of its latest result
 *       ("rule severity key") and its last year's report ("lastYear": url, year, agency, stored, fileState).</li>
 * </ul>
 */
public final class TestHooks {
    public static final String ENV = "NIANBAO_TEST_HOOKS";

    private TestHooks() {
    }

    public static boolean enabled() {
        return "1".equals(System.getenv(ENV));
    }

    /** Runs a test command ("fault?stage=…" or "state") on a document; refused when hooks are off. */
    static Outcome run(com.sun.star.uno.XComponentContext ctx, XModel document, String command) {
        if (!enabled()) return Outcome.refused("test commands are disabled");
        if (document == null) return Outcome.refused("no document");
        if (command.startsWith("fault?stage=")) {
            String id = command.substring("fault?stage=".length());
            FaultPoints faults = UnoLiveDocument.session(Uno.q(com.sun.star.text.XTextDocument.class, document)).faults();
            if ("none".equals(id)) {
                faults.disarmAll();
                return Outcome.done("disarmed");
            }
            SaveStage stage = SaveStage.byId(id);
            if (stage == null) return Outcome.refused("no stage " + id);
            faults.arm(stage);
            return Outcome.done("armed " + id);
        }
        if (command.equals("state")) return Outcome.done(state(document));
        if (command.equals("save-path?off")) {
            SaveListener.setHook(null); // the same Save without our save path, for the timings (issue 8)
            return Outcome.done("save path off");
        }
        if (command.equals("save-path?on")) {
            SaveListener.setHook(new SavePath());
            return Outcome.done("save path on");
        }
        if (command.equals("calls")) return Outcome.done(callLatency(document));
        if (command.equals("calls-main")) return Outcome.done(onMainThread(ctx, () -> callLatency(document)));
        return Outcome.refused("unknown test command " + command);
    }

    /** Wall and CPU time of a trivial call into the document, on the thread the command runs on (issue 8). */
    private static String callLatency(XModel document) {
        com.sun.star.util.XModifiable m = Uno.q(com.sun.star.util.XModifiable.class, document);
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 300;
        long c0 = bean.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) m.isModified();
        long t1 = System.nanoTime();
        long c1 = bean.getCurrentThreadCpuTime();
        return String.format(java.util.Locale.ROOT, "{\"wallMicros\":%.1f,\"cpuMicros\":%.1f,\"thread\":%s}",
                (t1 - t0) / 1e3 / n, (c1 - c0) / 1e3 / n, Json.quote(Thread.currentThread().getName()));
    }

    /** The text computed on the office's main thread (an AsyncCallback), waited for here. */
    private static String onMainThread(com.sun.star.uno.XComponentContext ctx, java.util.function.Supplier<String> what) {
        java.util.concurrent.CompletableFuture<String> out = new java.util.concurrent.CompletableFuture<>();
        try {
            com.sun.star.awt.XRequestCallback async = Uno.q(com.sun.star.awt.XRequestCallback.class,
                    ctx.getServiceManager().createInstanceWithContext("com.sun.star.awt.AsyncCallback", ctx));
            async.addCallback(data -> {
                try {
                    out.complete(what.get());
                } catch (RuntimeException e) {
                    out.complete("failed: " + e);
                }
            }, com.sun.star.uno.Any.VOID);
            return out.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            return "failed: " + e;
        }
    }

    private static String state(XModel document) {
        StringBuilder b = new StringBuilder("{");
        b.append("\"boardDocuments\":").append(Sessions.count());
        b.append(",\"boardListeners\":").append(Sessions.listenerCount());
        b.append(",\"documentStates\":").append(Sessions.count());
        b.append(",\"saveListener\":").append(SaveListener.isRegistered());
        b.append(",\"lastWrite\":").append(String.format(java.util.Locale.ROOT, "%.2f", SaveListener.lastWriteMs()));
        b.append(",\"processCpu\":").append(String.format(java.util.Locale.ROOT, "%.2f", SavePath.processCpuMs()));
        b.append(",\"deckMs\":").append(String.format(java.util.Locale.ROOT, "%.2f",
                org.nianbao.uno.ui.sidebar.DeckClock.oursMs()));
        b.append(",\"deckLentMs\":").append(String.format(java.util.Locale.ROOT, "%.2f",
                org.nianbao.uno.ui.sidebar.DeckClock.lentMs()));
        b.append(",\"deckParts\":").append(Json.quote(org.nianbao.uno.ui.sidebar.DeckClock.parts()));
        b.append(",\"deckCalls\":").append(org.nianbao.uno.ui.sidebar.DeckClock.calls());
        b.append(",\"lastInsert\":").append(Json.quote(org.nianbao.uno.insert.Inserter.lastPhases()));
        ReportSession s = Sessions.find(document);
        ReportCheck.Result latest = s == null ? null : s.shown();
        b.append(",\"onBoard\":").append(latest != null);
        if (latest != null) {
            b.append(",\"findings\":[");
            boolean first = true;
            for (org.nianbao.core.model.Finding f : latest.evaluation.findings()) {
                b.append(first ? "" : ",").append(Json.quote(f.rule + " " + f.severity.id + " " + f.key));
                first = false;
            }
            b.append(']');
        }
        if (s != null) {
            b.append(",\"saves\":").append(s.saves());
            b.append(",\"formatWarnings\":").append(s.formatWarnings());
            b.append(",\"lastSave\":").append(Json.quote(s.lastSave()));
            b.append(",\"lastSaveCpu\":").append(String.format(java.util.Locale.ROOT, "%.2f", s.lastSaveCpu()));
            b.append(",\"changedOutside\":").append(s.changedOutside());
            Sessions.LastYear last = s.lastYear();
            if (last != null) {
                b.append(",\"lastYear\":{\"url\":").append(Json.quote(last.url))
                        .append(",\"year\":").append(last.report.year() == null ? "null" : last.report.year().toString())
                        .append(",\"agency\":").append(Json.quote(last.report.agency()))
                        .append(",\"stored\":").append(last.stored)
                        .append(",\"sectionsDropped\":").append(last.sectionsDropped)
                        .append(",\"fileState\":").append(Json.quote(last.fileState.name())).append('}');
            }
            List<String> notices = s.notices();
            b.append(",\"notices\":[");
            for (int i = 0; i < notices.size(); i++) b.append(i == 0 ? "" : ",").append(Json.quote(notices.get(i)));
            b.append(']');
        }
        return b.append('}').toString();
    }
}
