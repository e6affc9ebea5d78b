package org.nianbao.uno;

import com.sun.star.frame.InfobarType;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.XComponentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.TableId;

/**
 * The commands of last year's report: {@code nianbao:previous?url=…} reads it for the frame's document
 * (kept in {@link PreviousReports}) and checks the document with the cross-year rules;
 * {@code nianbao:fill-carried-over} fills 二、上年结转 from it. Both publish the check on the
 * {@link ResultBoard} and tell the user in an infobar.
 */
final class LastYearCommands {
    /** The origin of results published here. */
    static final String ORIGIN_PREVIOUS = "previous";

    private final XComponentContext ctx;
    private final XFrame frame;
    private final UiText ui;

    LastYearCommands(XComponentContext ctx, XFrame frame, UiText ui) {
        this.ctx = ctx;
        this.frame = frame;
        this.ui = ui;
    }

    private XTextDocument document() {
        return frame == null || frame.getController() == null ? null
                : Uno.q(XTextDocument.class, frame.getController().getModel());
    }

    Outcome read(String url) throws com.sun.star.uno.Exception {
        XTextDocument doc = document();
        if (doc == null) return Outcome.refused(ui.get("msg.notWriter"));
        XModel model = Uno.q(XModel.class, doc);
        if (url.equals(model.getURL())) return Outcome.refused(ui.get("previous.same"));
        Report previous;
        long t0 = System.nanoTime();
        try {
            previous = LastYearReport.read(ctx, url);
        } catch (LastYearReport.NotATextDocumentException e) {
            return Outcome.refused(ui.get("previous.notText", url));
        } catch (com.sun.star.io.IOException | com.sun.star.lang.IllegalArgumentException e) {
            Log.error("reading last year's report " + url, e);
            return Outcome.refused(ui.get("previous.unreadable", url));
        }
        Log.info(String.format(java.util.Locale.ROOT, "previous: read %s in %.1f ms", url, (System.nanoTime() - t0) / 1e6));
        PreviousReports.get().put(model, url, previous);
        ReportCheck.Result result = ReportCheck.check(doc, previous, Profile.national());
        ResultBoard.get().publish(model, result, ORIGIN_PREVIOUS);
        String name = PreviousReports.get().entry(model).fileName();
        String primary = previous.hasTable(TableId.T3) || previous.hasTable(TableId.T2)
                ? ui.get("previous.read", name, describe(previous))
                : ui.get("previous.noTables", name);
        String secondary = summary(result.evaluation);
        Notifier.infobar(frame, primary, secondary, previous.hasTable(TableId.T3) ? InfobarType.INFO : InfobarType.WARNING);
        return Outcome.done(primary + " " + secondary);
    }

    Outcome fill() throws com.sun.star.uno.Exception {
        XTextDocument doc = document();
        if (doc == null) return Outcome.refused(ui.get("msg.notWriter"));
        if (ReportCheck.isReadOnly(doc)) return Outcome.refused(ui.get("msg.readOnly"));
        XModel model = Uno.q(XModel.class, doc);
        PreviousReports.Entry entry = PreviousReports.get().entry(model);
        if (entry == null) return Outcome.refused(ui.get("previous.none"));
        if (LastYearReport.carriedOver(entry.report, Profile.national()).isEmpty()) {
            return Outcome.refused(ui.get("previous.nothingToFill", entry.fileName()));
        }
        LastYearReport.Filled filled = LastYearReport.fill(doc, entry.report, Profile.national(), ui.get("undo.fillCarriedOver"));
        if (filled == null) return Outcome.refused(ui.get("previous.noTable3"));
        ResultBoard.get().publish(model, filled.after, ORIGIN_PREVIOUS);
        String primary = ui.get("previous.filled", filled.written.size());
        String secondary = summary(filled.after.evaluation);
        if (!filled.replaced.isEmpty()) {
            List<String> cells = new ArrayList<>();
            for (Map.Entry<String, String> e : filled.replaced.entrySet()) {
                cells.add(ReportCheck.describe(e.getKey(), ui.lang()) + " (" + e.getValue() + ")");
            }
            secondary = ui.get("previous.replaced", String.join(ui.lang().equals("zh") ? "；" : "; ", cells)) + " " + secondary;
        }
        Notifier.infobar(frame, primary, secondary, filled.replaced.isEmpty() ? InfobarType.INFO : InfobarType.WARNING);
        return Outcome.done(primary + " " + secondary);
    }

    /** “2022 年；结转下年度 3 件” or what of it is known. */
    private String describe(Report previous) {
        List<String> parts = new ArrayList<>();
        if (previous.year() != null) parts.add(ui.get("previous.year", previous.year()));
        Map<String, String> carried = LastYearReport.carriedOver(previous, Profile.national());
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
        return String.join(ui.lang().equals("zh") ? "；" : "; ", parts);
    }

    private String summary(Evaluation ev) {
        return ev.errorCount() == 0 && ev.warningCount() == 0 ? ui.get("check.passed")
                : ui.get("check.summary", ev.errorCount(), ev.warningCount());
    }
}
