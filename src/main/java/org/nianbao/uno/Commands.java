package org.nianbao.uno;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.InfobarType;
import com.sun.star.frame.XDispatchHelper;
import com.sun.star.frame.XDispatchProvider;
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
    /** The deck id of our sidebar deck (Sidebar.xcu). */
    static final String DECK_ID = "NianbaoDeck";
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
            // check and recompute release the tables' objects themselves; the inserter's must go too (see there)
            if (command.kind == CommandUrl.Kind.INSERT) Uno.releaseProxies();
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
            default:
                throw new IllegalStateException(String.valueOf(command.kind));
        }
    }

    private XTextDocument document() {
        return frame == null || frame.getController() == null ? null
                : Uno.q(XTextDocument.class, frame.getController().getModel());
    }

    private Outcome check() throws com.sun.star.uno.Exception {
        XTextDocument doc = document();
        if (doc == null) return Outcome.refused(ui.get("msg.notWriter"));
        Evaluation ev = ReportCheck.check(doc, null, Profile.national()).evaluation;
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

    private Outcome openDeck() {
        XDispatchHelper helper = Uno.q(XDispatchHelper.class, createHelper());
        helper.executeDispatch(Uno.q(XDispatchProvider.class, frame), ".uno:SidebarDeck." + DECK_ID, "", 0,
                new PropertyValue[0]);
        return Outcome.done("");
    }

    private Object createHelper() {
        try {
            return ctx.getServiceManager().createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx);
        } catch (com.sun.star.uno.Exception e) {
            throw new IllegalStateException(e);
        }
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
