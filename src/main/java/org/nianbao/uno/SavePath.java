package org.nianbao.uno;

import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XNameAccess;
import com.sun.star.frame.InfobarType;
import com.sun.star.frame.XController;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTablesSupplier;
import com.sun.star.uno.XComponentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.core.model.ExtensionFindings;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.model.Snapshot;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Evaluation;

/**
 * What happens when a report is saved (OnSave / OnSaveAs, before LibreOffice writes the file), in stages
 * that each fail on their own ({@link SaveStage}): bind the tables, recompute the totals (one undo step),
 * run all rules, store the {@link Snapshot} and binding in the document, show the result in an infobar, and
 * publish it on the {@link ResultBoard} for the sidebar. Nothing here blocks (no dialog) or stops the save;
 * an exception is logged, later stages that need the failed one are skipped, and the document is stored
 * with the user's content (a recompute that fails half-way is undone).
 *
 * <p>Track changes: when the document records changes, the totals are not written on save (each write
 * would be a tracked change in every total, at every save, mixing our arithmetic into the reviewers'
 * changes); the totals that differ are reported (R-IMP errors) and the infobar says how to write them
 * (Recompute totals, which then records them as changes the reviewer can accept).
 *
 * <p>After the save (OnSaveDone / OnSaveAsDone), nothing is changed in the document: a document stored in
 * a format other than ODF gets a one-time infobar saying what that format keeps and loses. Read-only
 * documents and documents without the report's tables are left alone.
 */
final class SavePath implements SaveListener.SaveHook {
    /** Id of the one-time infobar about a non-ODF format. */
    static final String FORMAT_INFOBAR_ID = Notifier.INFOBAR_ID + ".format";
    private static final int FINDINGS_SHOWN = 3;
    private static final String[] OUR_TABLES = {"Nianbao_T2", "Nianbao_T3", "Nianbao_T4"};

    /** The outcome of one save, filled stage by stage. */
    private static final class Run {
        final StringBuilder stages = new StringBuilder();
        SaveStage failedStage;
        Throwable failure;
        Report report;
        ReportCheck.Result result;
        ReportCheck.Written written;
        int totalsNotWritten;
        boolean recording;
        int changedOutside;

        /** Runs a stage; false (and the failure remembered, logged) when it threw. */
        boolean stage(SaveStage stage, Log.Work work) {
            long t0 = System.nanoTime();
            try {
                work.run();
                stages.append(String.format(Locale.ROOT, " %s %.1f ms", stage.id, (System.nanoTime() - t0) / 1e6));
                return true;
            } catch (Throwable t) {
                Log.error("save path, stage " + stage.id, t);
                stages.append(' ').append(stage.id).append(" FAILED");
                if (failedStage == null) {
                    failedStage = stage;
                    failure = t;
                }
                return false;
            }
        }

        void skipped(SaveStage stage) {
            stages.append(' ').append(stage.id).append(" skipped");
        }
    }

    @Override
    public void beforeSave(XComponentContext ctx, XTextDocument doc, String event) throws Exception {
        try {
            runBeforeSave(ctx, doc, event);
        } finally {
            Uno.releaseProxies(); // a table split after this save must not inherit our table objects
        }
    }

    private void runBeforeSave(XComponentContext ctx, XTextDocument doc, String event) throws Exception {
        long t0 = System.nanoTime();
        if (ReportCheck.isReadOnly(doc)) {
            Log.info(event + ": read-only document, nothing done");
            return;
        }
        XModel model = Uno.q(XModel.class, doc);
        UiText ui = UiText.of(ctx);
        Run run = new Run();

        boolean report;
        try {
            report = isReport(doc);
        } catch (Exception e) {
            Log.error(event + ": telling whether the document is a report", e);
            return;
        }
        if (!report) return; // an ordinary document's save is none of our business: no message, nothing kept
        boolean bound = run.stage(SaveStage.BINDING, () -> {
            TestHooks.at(model, SaveStage.BINDING);
            run.report = ReportCheck.bind(doc);
        });
        if (bound) {
            for (Finding f : run.report.readingFindings()) {
                if (f.rule.equals(ExtensionFindings.SNAPSHOT) && f.severity != Severity.INFO) run.changedOutside++;
            }
            ReportCheck.Result[] before = new ReportCheck.Result[1];
            Report lastYear = PreviousReports.get().report(model); // chosen in the 上年报告 panel, or null
            run.stage(SaveStage.RECOMPUTE, () -> {
                before[0] = ReportCheck.evaluate(run.report, lastYear, Profile.national());
                run.recording = Boolean.TRUE.equals(Uno.get(doc, "RecordChanges"));
                if (run.recording || ReportCheck.needsReopening(run.report)) {
                    // recording: reported, not written (README); a table needing reopening: never written
                    run.totalsNotWritten = ReportCheck.totalsToWrite(before[0]).size();
                } else {
                    run.written = ReportCheck.writeTotals(doc, before[0], ui.get("undo.recompute"));
                }
            });
            boolean checked = run.stage(SaveStage.RULES, () -> {
                TestHooks.at(model, SaveStage.RULES);
                boolean unchanged = before[0] != null && (run.written == null || run.written.written.isEmpty());
                run.result = unchanged ? before[0] : ReportCheck.evaluate(run.report, lastYear, Profile.national());
            });
            run.stage(SaveStage.SNAPSHOT, () -> {
                TestHooks.at(model, SaveStage.SNAPSHOT);
                Snapshot s = snapshot(doc, run.report);
                SnapshotStore.write(doc, s);
                OutsideEdits.saved(doc, s);
            });
            if (!checked) run.result = null;
        } else {
            run.skipped(SaveStage.RECOMPUTE);
            run.skipped(SaveStage.RULES);
            run.skipped(SaveStage.SNAPSHOT);
        }
        run.stage(SaveStage.INFOBAR, () -> {
            TestHooks.at(model, SaveStage.INFOBAR);
            showResult(ctx, ui, model, run);
        });
        if (run.result != null) {
            run.stage(SaveStage.SIDEBAR, () -> {
                TestHooks.at(model, SaveStage.SIDEBAR);
                ResultBoard.get().publish(model, run.result, ResultBoard.ORIGIN_SAVE);
            });
        } else {
            run.skipped(SaveStage.SIDEBAR);
        }
        String summary = String.format(Locale.ROOT, "%s:%s; total %.1f ms", event, run.stages, (System.nanoTime() - t0) / 1e6);
        DocumentStates.State s = DocumentStates.of(model);
        synchronized (DocumentStates.lock()) {
            s.saves++;
            s.lastSave = summary;
        }
        Log.info("save path " + summary);
    }

    @Override
    public void afterSave(XComponentContext ctx, XTextDocument doc, String event) throws Exception {
        if (event.endsWith("Failed")) {
            Log.info(event + ": the save failed");
            return;
        }
        XModel model = Uno.q(XModel.class, doc);
        String filter = argument(model, "FilterName");
        if (filter == null || isOdf(filter)) return;
        DocumentStates.State s = DocumentStates.find(model);
        if (s == null) return; // not a report (the save path keeps a state for every report it saved)
        synchronized (DocumentStates.lock()) {
            if (s.formatWarned) return;
            s.formatWarned = true;
        }
        UiText ui = UiText.of(ctx);
        String text = ui.get("save.format", formatName(ctx, filter));
        synchronized (DocumentStates.lock()) {
            s.formatWarnings++;
            s.notice(text);
        }
        Notifier.infobar(frame(model), FORMAT_INFOBAR_ID, text, "", InfobarType.INFO);
        Log.info(event + ": stored as " + filter + ", format warning shown");
    }

    @Override
    public void opened(XComponentContext ctx, XTextDocument doc) throws Exception {
        OutsideEdits.opened(doc);
    }

    @Override
    public void closed(XComponentContext ctx, XModel doc) {
        DocumentStates.forget(doc);
        ResultBoard.get().forget(doc);
    }

    // ------------------------------------------------------------------ stages

    /**
     * True for a document with the report's tables: ours (inserted, saved with a snapshot) at once,
     * otherwise when its tables hold one of the official tables (opened from the official template, pasted).
     */
    static boolean isReport(XTextDocument doc) throws com.sun.star.uno.Exception {
        XNameAccess tables = Uno.q(XTextTablesSupplier.class, doc).getTextTables();
        for (String name : OUR_TABLES) if (tables.hasByName(name)) return true;
        if (SnapshotStore.has(doc)) return true;
        if (!tables.hasElements()) return false;
        return !DocumentReader.read(UnoDocumentAdapter.readTables(doc)).tablesFound().isEmpty();
    }

    private static Snapshot snapshot(XTextDocument doc, Report report) throws com.sun.star.uno.Exception {
        String agency = ReportInfo.agency(doc);
        Integer year = ReportInfo.year(doc);
        return Snapshot.of(report, agency.isEmpty() ? report.agency() : agency, year != null ? year : report.year());
    }

    private static void showResult(XComponentContext ctx, UiText ui, XModel model, Run run) {
        List<String> notes = new ArrayList<>();
        int type;
        String primary;
        if (run.result == null) {
            SaveStage failed = run.failedStage == null ? SaveStage.RULES : run.failedStage;
            primary = ui.get("save.failed", ui.get("stage." + failed.id), String.valueOf(run.failure), Log.file());
            type = InfobarType.DANGER;
        } else {
            Evaluation ev = run.result.evaluation;
            primary = ui.get("save.result", ev.errorCount() == 0 && ev.warningCount() == 0 ? ui.get("check.passed")
                    : ui.get("check.summary", ev.errorCount(), ev.warningCount()));
            type = ev.errorCount() > 0 ? InfobarType.DANGER : ev.warningCount() > 0 ? InfobarType.WARNING : InfobarType.SUCCESS;
            if (run.failedStage != null) {
                notes.add(ui.get("save.failed", ui.get("stage." + run.failedStage.id), String.valueOf(run.failure), Log.file()));
                type = InfobarType.DANGER;
            }
        }
        if (run.written != null && !run.written.written.isEmpty()) notes.add(ui.get("save.recomputed", run.written.written.size()));
        if (run.written != null && !run.written.overwritten.isEmpty()) {
            List<String> cells = new ArrayList<>();
            for (String key : run.written.overwritten) cells.add(ReportCheck.describe(key, ui.lang()));
            notes.add(ui.get("save.overwritten", String.join(ui.lang().equals("zh") ? "；" : "; ", cells)));
        }
        if (run.recording && run.totalsNotWritten > 0) notes.add(ui.get("save.trackChanges", run.totalsNotWritten));
        if (run.changedOutside > 0) notes.add(ui.get("save.outside", run.changedOutside));
        if (run.result != null) notes.addAll(firstFindings(ui, run.result.evaluation));
        String secondary = String.join(" ", notes);
        DocumentStates.State s = DocumentStates.of(model);
        synchronized (DocumentStates.lock()) {
            s.notice(secondary.isEmpty() ? primary : primary + " " + secondary);
        }
        Notifier.infobar(frame(model), Notifier.INFOBAR_ID, primary, secondary, type);
    }

    /** The first errors and warnings, in document order (the outside-edit and overwrite ones have their notes). */
    private static List<String> firstFindings(UiText ui, Evaluation ev) {
        List<Finding> listed = new ArrayList<>();
        for (Finding f : ev.findings()) {
            if (f.severity == Severity.INFO || f.rule.equals(ExtensionFindings.SNAPSHOT) || f.rule.equals(ExtensionFindings.OVERWRITTEN)) continue;
            listed.add(f);
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(FINDINGS_SHOWN, listed.size()); i++) lines.add(listed.get(i).message(ui.lang()));
        if (listed.size() > FINDINGS_SHOWN) lines.add(ui.get("check.more", listed.size() - FINDINGS_SHOWN));
        return lines;
    }

    // ------------------------------------------------------------------ formats

    /** ODF text filters keep everything (snapshot included); anything else gets the one-time warning. */
    static boolean isOdf(String filter) {
        return filter.startsWith("writer8") || filter.startsWith("writerglobal8") || filter.startsWith("writerweb8");
    }

    /** The filter's name as the Save dialog shows it (e.g. “Word 2007–365”), or the filter id. */
    private static String formatName(XComponentContext ctx, String filter) {
        try {
            XNameAccess filters = Uno.q(XNameAccess.class,
                    ctx.getServiceManager().createInstanceWithContext("com.sun.star.document.FilterFactory", ctx));
            Object props = filters.getByName(filter);
            if (props instanceof com.sun.star.uno.Any) props = ((com.sun.star.uno.Any) props).getObject();
            if (props instanceof PropertyValue[]) {
                for (PropertyValue p : (PropertyValue[]) props) {
                    if ("UIName".equals(p.Name)) {
                        String name = Uno.string(p.Value);
                        if (name != null && !name.isEmpty()) return name;
                    }
                }
            }
        } catch (Exception e) {
            Log.error("the UI name of filter " + filter, e);
        }
        return filter;
    }

    private static String argument(XModel model, String name) {
        for (PropertyValue p : model.getArgs()) if (name.equals(p.Name)) return Uno.string(p.Value);
        return null;
    }

    private static XFrame frame(XModel model) {
        XController c = model == null ? null : model.getCurrentController();
        return c == null ? null : c.getFrame();
    }
}
