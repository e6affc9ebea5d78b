package org.nianbao.uno.ui;

import com.sun.star.frame.InfobarType;
import com.sun.star.frame.XController;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.core.model.ExtensionFindings;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.TableId;
import org.nianbao.uno.Log;
import org.nianbao.uno.Outcome;
import org.nianbao.uno.UiText;
import org.nianbao.uno.session.ActionResult;
import org.nianbao.uno.session.CarriedOver;
import org.nianbao.uno.session.ReportCheck;
import org.nianbao.uno.session.ReportSession;
import org.nianbao.uno.session.SaveStage;
import org.nianbao.uno.session.Sessions;

/**
 * Tells the user what an action on a {@link ReportSession} did, in one place: the infobar on the document,
 * the sidebar (through {@link Sessions#publish}) and the dispatch result. The summary line, the first
 * findings and the overwritten cells are rendered here only.
 */
public final class Presenter {
    /** Origins of published results (the sidebar shows them all the same). */
    public static final String ORIGIN_SAVE = "save";
    public static final String ORIGIN_CHECK = "check";
    public static final String ORIGIN_RECOMPUTE = "recompute";
    public static final String ORIGIN_PREVIOUS = "previous";

    /** Findings named in an infobar: one line (the first error, else warning); the rest are in the sidebar. */
    private static final int FINDINGS_SHOWN = 1;
    /** An infobar's finding is cut to this many characters so that the bar stays one line. */
    private static final int FINDING_CHARS = 60;

    private final UiText ui;
    private final XFrame frame;

    public Presenter(UiText ui, XFrame frame) {
        this.ui = ui;
        this.frame = frame;
    }

    /** The presenter of a document's own frame. */
    public static Presenter of(UiText ui, XModel model) {
        XController c = model == null ? null : model.getCurrentController();
        return new Presenter(ui, c == null ? null : c.getFrame());
    }

    public XFrame frame() {
        return frame;
    }

    /** A command's result (check, recompute, use last year, fill): sidebar, infobar, dispatch result. */
    public Outcome present(ActionResult r) throws com.sun.star.uno.Exception {
        XModel model = model();
        switch (r.kind) {
            case CHECK: {
                publish(model, r.result, ORIGIN_CHECK);
                Evaluation ev = r.result.evaluation;
                String summary = summary(ev);
                infobar(null, summary, String.join(" ", firstFindings(ev, false)), type(ev));
                return Outcome.done(summary);
            }
            case RECOMPUTE: {
                publish(model, r.result, ORIGIN_RECOMPUTE);
                if (r.needsReopening) return Outcome.refused(ui.get("recompute.reopen"));
                String primary = r.written.isEmpty() && r.boundWritten.isEmpty() ? ui.get("recompute.none")
                        : r.boundWritten.isEmpty() ? ui.get("recompute.done", r.written.size())
                        : r.written.isEmpty() ? ui.get("recompute.textOnly", r.boundWritten.size())
                        : ui.get("recompute.doneWithText", r.written.size(), r.boundWritten.size());
                String secondary = r.overwritten.isEmpty() ? summary(r.result.evaluation)
                        : ui.get("recompute.overwritten", overwritten(r));
                infobar(null, primary, secondary, r.overwritten.isEmpty() ? InfobarType.INFO : InfobarType.WARNING);
                return Outcome.done(primary + " " + secondary);
            }
            case PREVIOUS: {
                Sessions.lastYearChanged(model, r.lastYear);
                publish(model, r.result, ORIGIN_PREVIOUS);
                Report previous = r.lastYear.report;
                String name = r.lastYear.fileName();
                String primary = previous.hasTable(TableId.T3) || previous.hasTable(TableId.T2)
                        ? ui.get("previous.read", name, describe(previous)) : ui.get("previous.noTables", name);
                String secondary = summary(r.result.evaluation);
                if (r.lastYear.stored) {
                    secondary = ui.get(r.lastYear.sectionsDropped ? "previous.stored.noSections" : "previous.stored") + " " + secondary;
                }
                infobar(null, primary, secondary, previous.hasTable(TableId.T3) ? InfobarType.INFO : InfobarType.WARNING);
                return Outcome.done(primary + " " + secondary);
            }
            case PREVIOUS_REMOVED: {
                Sessions.lastYearChanged(model, null);
                publish(model, r.result, ORIGIN_PREVIOUS);
                String primary = ui.get("previous.removed", r.lastYear.fileName());
                String secondary = (r.undoable ? ui.get("previous.removed.undo") + " " : "") + summary(r.result.evaluation);
                infobar(null, primary, secondary, InfobarType.INFO);
                return Outcome.done(primary + " " + secondary);
            }
            case FILL: {
                publish(model, r.result, ORIGIN_PREVIOUS);
                String primary = ui.get("previous.filled", r.written.size());
                String secondary = summary(r.result.evaluation);
                if (!r.replaced.isEmpty()) {
                    List<String> cells = new ArrayList<>();
                    for (Map.Entry<String, String> e : r.replaced.entrySet()) {
                        cells.add(ReportCheck.describe(e.getKey(), ui.lang()) + " (" + e.getValue() + ")");
                    }
                    secondary = ui.get("previous.replaced", String.join(separator(), cells)) + " " + secondary;
                }
                infobar(null, primary, secondary, r.replaced.isEmpty() ? InfobarType.INFO : InfobarType.WARNING);
                return Outcome.done(primary + " " + secondary);
            }
            case FILL_BLANKS: {
                publish(model, r.result, ORIGIN_CHECK);
                String primary = ui.get("worklist.filled", r.written.size());
                String secondary = summary(r.result.evaluation);
                infobar(null, primary, secondary, InfobarType.INFO);
                return Outcome.done(primary + " " + secondary);
            }
            case AGGREGATE: {
                publish(model, r.result, ORIGIN_CHECK); // the units used and refused are lines of the 校验 panel
                String primary = ui.get("aggregate.done", r.units.aggregation.summedCount(), r.written.size());
                List<String> notes = new ArrayList<>();
                long refused = r.units.refusedCount();
                if (refused > 0) notes.add(ui.get("aggregate.refused", refused));
                java.util.List<String> missing = r.units.aggregation.missing;
                if (!missing.isEmpty()) notes.add(ui.get("aggregate.missing", missing.size(), String.join(separator(), missing)));
                if (!r.replaced.isEmpty()) notes.add(ui.get("aggregate.replaced", r.replaced.size()));
                notes.add(summary(r.result.evaluation));
                String secondary = String.join(" ", notes);
                infobar(null, primary, secondary, refused > 0 || !missing.isEmpty() || !r.replaced.isEmpty()
                        ? InfobarType.WARNING : InfobarType.INFO);
                return Outcome.done(primary + " " + secondary);
            }
            case DATA_SENTENCES: {
                publish(model, r.result, ORIGIN_CHECK);
                String primary = r.unknown == 0 ? ui.get("data.inserted", r.bound) : ui.get("data.insertedUnknown", r.bound, r.unknown);
                String secondary = summary(r.result.evaluation);
                infobar(null, primary, secondary, InfobarType.INFO);
                return Outcome.done(primary + " " + secondary);
            }
            case BIND: {
                publish(model, r.result, ORIGIN_CHECK);
                String primary = ui.get("bind.done", org.nianbao.core.bound.BoundKey.describe(r.boundKey, ui.lang().equals("zh")));
                String secondary = summary(r.result.evaluation);
                infobar(null, primary, secondary, InfobarType.INFO);
                return Outcome.done(primary + " " + secondary);
            }
            case STEP: {
                XController c = frame == null ? null : frame.getController();
                if (c != null) org.nianbao.uno.ui.sidebar.FindingSelector.select(c, r.result.report, r.finding);
                String where = org.nianbao.uno.ui.sidebar.FindingSelector.cue(ui, r.result.report, r.finding);
                return Outcome.done(ui.get("worklist.step", r.position, r.count, where));
            }
            default:
                throw new IllegalArgumentException("not a command's result: " + r.kind);
        }
    }

    /** A refused action: nothing changed, the reason (shown in the infobar by the command runner). */
    public Outcome refused(ReportSession.Refused refusal) {
        return Outcome.refused(ui.get(refusal.messageKey, refusal.arguments));
    }

    /** The save's result in the infobar (its {@link SaveStage#INFOBAR} stage). */
    public void showSave(ReportSession session, ActionResult run) {
        List<String> notes = new ArrayList<>();
        int type;
        String primary;
        if (run.result == null) {
            SaveStage failed = run.failedStage == null ? SaveStage.RULES : run.failedStage;
            primary = ui.get("save.failed", ui.get("stage." + failed.id), String.valueOf(run.failure), Log.file());
            type = InfobarType.DANGER;
        } else {
            Evaluation ev = run.result.evaluation;
            primary = ui.get("save.result", summary(ev));
            type = type(ev);
            if (run.failedStage != null) {
                notes.add(ui.get("save.failed", ui.get("stage." + run.failedStage.id), String.valueOf(run.failure), Log.file()));
                type = InfobarType.DANGER;
            }
        }
        if (!run.written.isEmpty()) notes.add(ui.get("save.recomputed", run.written.size()));
        if (!run.boundWritten.isEmpty()) notes.add(ui.get("save.boundUpdated", run.boundWritten.size()));
        if (!run.overwritten.isEmpty()) notes.add(ui.get("save.overwritten", overwritten(run)));
        if (run.recording && run.totalsNotWritten > 0) notes.add(ui.get("save.trackChanges", run.totalsNotWritten));
        if (run.changedOutside > 0) notes.add(ui.get("save.outside", run.changedOutside));
        if (run.result != null) notes.addAll(firstFindings(run.result.evaluation, true));
        infobar(session, primary, String.join(" ", notes), type);
    }

    /** The save's result to the sidebar (its {@link SaveStage#SIDEBAR} stage). */
    public void publishSave(ActionResult run) {
        publish(model(), run.result, ORIGIN_SAVE);
    }

    /** A one-off notice in an infobar of its own id (the format warning after a save): the advice first. */
    public void notice(ReportSession session, String id, String primary, String secondary, int type) {
        if (session != null) session.notice(secondary.isEmpty() ? primary : primary + " " + secondary);
        Notifier.infobar(frame, id, primary, secondary, type);
    }

    /** “已通过” or “2 个错误，3 个警告”. */
    public String summary(Evaluation ev) {
        return ev.errorCount() == 0 && ev.warningCount() == 0 ? ui.get("check.passed")
                : ui.get("check.summary", ev.errorCount(), ev.warningCount());
    }

    /**
     * The first few errors, then warnings (never warnings while an error is left unsaid), and how many more.
     * On save the outside-edit and overwrite findings are left out: they have notes of their own.
     */
    List<String> firstFindings(Evaluation ev, boolean onSave) {
        List<Finding> listed = new ArrayList<>();
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING}) {
            for (Finding f : ev.findings()) {
                if (f.severity != s) continue;
                if (onSave && (f.rule.equals(ExtensionFindings.SNAPSHOT) || f.rule.equals(ExtensionFindings.OVERWRITTEN))) continue;
                listed.add(f);
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(FINDINGS_SHOWN, listed.size()); i++) lines.add(cut(listed.get(i).message(ui.lang())));
        if (listed.size() > FINDINGS_SHOWN) lines.add(ui.get("check.more", listed.size() - FINDINGS_SHOWN));
        if (!listed.isEmpty()) lines.add(ui.get("infobar.seeSidebar"));
        return lines;
    }

    private static String cut(String text) {
        return text.length() <= FINDING_CHARS ? text : text.substring(0, FINDING_CHARS - 1) + "…";
    }

    /** “表三 （七）总计 / 自然人 0 → 4；…”: each replaced value, old → new. */
    String overwritten(ActionResult r) {
        List<String> cells = new ArrayList<>();
        for (ActionResult.Overwrite o : r.overwritten) {
            cells.add(ReportCheck.describe(o.key, ui.lang()) + " " + o.typed + " → " + o.computed);
        }
        return String.join(separator(), cells);
    }

    /** “2022 年；结转下年度 3 件” or what of it is known. */
    private String describe(Report previous) {
        List<String> parts = new ArrayList<>();
        if (previous.year() != null) parts.add(ui.get("previous.year", String.valueOf(previous.year())));
        Map<String, String> carried = CarriedOver.carriedOver(previous, org.nianbao.core.model.Profile.national());
        if (!carried.isEmpty()) {
            long sum = 0;
            boolean whole = true;
            for (String v : carried.values()) {
                try {
                    sum += Long.parseLong(v);
                } catch (NumberFormatException e) {
                    whole = false;
                }
            }
            if (whole) parts.add(ui.get("previous.carryForward", sum));
        }
        return String.join(separator(), parts);
    }

    private String separator() {
        return ui.lang().equals("zh") ? "；" : "; ";
    }

    private static int type(Evaluation ev) {
        return ev.errorCount() > 0 ? InfobarType.DANGER : ev.warningCount() > 0 ? InfobarType.WARNING : InfobarType.SUCCESS;
    }

    /** Shows our infobar; a save's is also kept in the session's notices (the test state). */
    private void infobar(ReportSession session, String primary, String secondary, int type) {
        if (session != null) session.notice(secondary.isEmpty() ? primary : primary + " " + secondary);
        Notifier.infobar(frame, primary, secondary, type);
    }

    private static void publish(XModel model, ReportCheck.Result result, String origin) {
        if (model != null && result != null) Sessions.publish(model, result, origin);
    }

    private XModel model() {
        XController c = frame == null ? null : frame.getController();
        return c == null ? null : c.getModel();
    }
}
