package org.nianbao.uno;

import com.sun.star.frame.InfobarType;
import com.sun.star.frame.XFrame;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.XComponentContext;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.rules.Evaluation;

/**
 * Runs one of our commands on a frame and tells the user the outcome: in an infobar on the document
 * (never a modal dialog, which would block macros and tests that dispatch our URLs) and in the dispatch
 * result.
 */
final class Commands {
    private static final int FINDINGS_SHOWN = 5;

    private final XComponentContext ctx;
    private final XFrame frame;
    private final UiText ui;

    Commands(XComponentContext ctx, XFrame frame) {
        this.ctx = ctx;
        this.frame = frame;
        this.ui = UiText.of(ctx);
    }

    /** Runs the command; never throws. */
    Outcome run(CommandUrl command) {
        Outcome outcome;
        try {
            outcome = execute(command);
        } catch (Throwable t) {
            Log.error(command.url(), t);
            String key = command.kind == CommandUrl.Kind.INSERT ? "msg.insertFailed" : "msg.failed";
            outcome = Outcome.failed(ui.get(key, String.valueOf(t), Log.file()));
        } finally {
            // check and recompute release the tables' objects themselves; every other command's must go too
            // (Uno.releaseProxies: a table split later must not inherit them)
            if (command.kind != CommandUrl.Kind.CHECK && command.kind != CommandUrl.Kind.RECOMPUTE) Uno.releaseProxies();
        }
        if (outcome.alert && !outcome.message.isEmpty()) {
            Notifier.infobar(frame, outcome.message, "", outcome.error ? InfobarType.DANGER : InfobarType.WARNING);
        }
        return outcome;
    }

    private Outcome execute(CommandUrl command) throws com.sun.star.uno.Exception {
        switch (command.kind) {
            case INSERT:
                return new Inserter(ctx).insert(frame.getController(), command.part);
            case CHECK:
                return check();
            case RECOMPUTE:
                return recompute();
            case OPEN_DECK:
                return openDeck();
            case PREVIOUS:
                return new LastYearCommands(ctx, frame, ui).read(command.fileUrl);
            case FILL_CARRIED_OVER:
                return new LastYearCommands(ctx, frame, ui).fill();
            case TEST:
                return TestHooks.run(model(), command.test);
            default:
                throw new IllegalStateException(String.valueOf(command.kind));
        }
    }

    private com.sun.star.frame.XModel model() {
        return frame == null || frame.getController() == null ? null : frame.getController().getModel();
    }

    private XTextDocument document() {
        return frame == null || frame.getController() == null ? null
                : Uno.q(XTextDocument.class, frame.getController().getModel());
    }

    private Outcome check() throws com.sun.star.uno.Exception {
        XTextDocument doc = document();
        if (doc == null) return Outcome.refused(ui.get("msg.notWriter"));
        com.sun.star.frame.XModel model = Uno.q(com.sun.star.frame.XModel.class, doc);
        ReportCheck.Result result = ReportCheck.check(doc, PreviousReports.get().report(model), Profile.national());
        ResultBoard.get().publish(model, result, ResultBoard.ORIGIN_CHECK);
        Evaluation ev = result.evaluation;
        String summary = summary(ev);
        Notifier.infobar(frame, summary, firstFindings(ev), ev.errorCount() > 0 ? InfobarType.DANGER
                : ev.warningCount() > 0 ? InfobarType.WARNING : InfobarType.SUCCESS);
        return Outcome.done(summary);
    }

    private Outcome recompute() throws com.sun.star.uno.Exception {
        XTextDocument doc = document();
        if (doc == null) return Outcome.refused(ui.get("msg.notWriter"));
        if (ReportCheck.isReadOnly(doc)) return Outcome.refused(ui.get("recompute.readOnly"));
        ReportCheck.Recomputed r = ReportCheck.recompute(doc, Profile.national(), ui.get("undo.recompute"));
        com.sun.star.frame.XModel model = Uno.q(com.sun.star.frame.XModel.class, doc);
        org.nianbao.core.model.Report previous = PreviousReports.get().report(model);
        ResultBoard.get().publish(model, previous == null ? r.after : new ReportCheck.Result(r.after.report,
                org.nianbao.core.rules.Checker.check(r.after.report, previous, Profile.national())), ResultBoard.ORIGIN_RECOMPUTE);
        if (ReportCheck.needsReopening(r.after.report)) return Outcome.refused(ui.get("recompute.reopen"));
        String primary = r.written.isEmpty() ? ui.get("recompute.none") : ui.get("recompute.done", r.written.size());
        String secondary = summary(r.after.evaluation);
        if (!r.overwritten.isEmpty()) {
            List<String> cells = new ArrayList<>();
            for (String key : r.overwritten) cells.add(ReportCheck.describe(key, ui.lang()));
            secondary = ui.get("recompute.overwritten", String.join(ui.lang().equals("zh") ? "；" : "; ", cells));
        }
        Notifier.infobar(frame, primary, secondary, r.overwritten.isEmpty() ? InfobarType.INFO : InfobarType.WARNING);
        return Outcome.done(primary + " " + secondary);
    }

    private Outcome openDeck() throws com.sun.star.uno.Exception {
        org.nianbao.uno.sidebar.DeckOpener.open(ctx, frame);
        return Outcome.done("");
    }

    private String summary(Evaluation ev) {
        return ev.errorCount() == 0 && ev.warningCount() == 0 ? ui.get("check.passed")
                : ui.get("check.summary", ev.errorCount(), ev.warningCount());
    }

    private String firstFindings(Evaluation ev) {
        List<String> lines = new ArrayList<>();
        int shown = 0;
        for (Finding f : ev.findings()) {
            if (f.severity == org.nianbao.core.model.Severity.INFO) continue;
            if (shown == FINDINGS_SHOWN) {
                lines.add(ui.get("check.more", ev.errorCount() + ev.warningCount() - shown));
                break;
            }
            lines.add(f.message(ui.lang()));
            shown++;
        }
        return String.join(" ", lines);
    }
}
