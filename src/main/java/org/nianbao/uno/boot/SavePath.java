package org.nianbao.uno.boot;

import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XNameAccess;
import com.sun.star.frame.InfobarType;
import com.sun.star.frame.XModel;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.XComponentContext;
import java.util.Locale;
import org.nianbao.uno.Log;
import org.nianbao.uno.UiText;
import org.nianbao.uno.Uno;
import org.nianbao.uno.doc.UnoLiveDocument;
import org.nianbao.uno.insert.LabelRowKeep;
import org.nianbao.uno.session.ActionResult;
import org.nianbao.uno.session.ReportSession;
import org.nianbao.uno.session.SaveStage;
import org.nianbao.uno.session.Sessions;
import org.nianbao.uno.ui.Notifier;
import org.nianbao.uno.ui.Presenter;

/**
 * The document events of a Writer document, for its {@link ReportSession}: on OnSave / OnSaveAs (before
 * LibreOffice writes the file) the session's {@link ReportSession#save save path}, then the result in the
 * infobar and the sidebar through the {@link Presenter} (the stages {@link SaveStage#INFOBAR} and
 * {@link SaveStage#SIDEBAR}). Nothing here blocks (no dialog) or stops the save.
 *
 * <p>After the save (OnSaveDone / OnSaveAsDone), nothing is changed in the document: a report stored in a
 * format other than ODF gets a one-time infobar saying what that format keeps and loses. Read-only
 * documents and documents without the report's tables are left alone, and nothing is kept for them.
 */
final class SavePath implements SaveListener.SaveHook {
    /** Id of the one-time infobar about a non-ODF format. */
    static final String FORMAT_INFOBAR_ID = Notifier.INFOBAR_ID + ".format";

    @Override
    public void beforeSave(XComponentContext ctx, XTextDocument doc, String event) throws Exception {
        long t0 = System.nanoTime();
        long cpu0 = org.nianbao.uno.doc.ReadProfile.threadCpu();
        UnoLiveDocument live = new UnoLiveDocument(doc);
        if (live.isReadOnly()) {
            Log.info(event + ": read-only document, nothing done");
            return;
        }
        boolean report = false;
        try {
            report = ReportSession.isReport(live);
        } catch (Exception e) {
            Log.error(event + ": telling whether the document is a report", e);
        } finally {
            if (!report) live.releaseAfterSave(); // a report's save releases the tables' objects at its end
        }
        if (!report) return; // an ordinary document's save is none of our business
        long tReport = System.nanoTime();
        XModel model = Uno.q(XModel.class, doc);
        UiText ui = UiText.of(ctx);
        ReportSession session = UnoLiveDocument.session(doc);
        ActionResult run = session.save(ui.get("undo.recompute"));
        Presenter presenter = Presenter.of(ui, model);
        run.stage(SaveStage.INFOBAR, session.faults(), () -> presenter.showSave(session, run));
        if (run.result != null) {
            run.stage(SaveStage.SIDEBAR, session.faults(), () -> presenter.publishSave(run));
        } else {
            run.skipped(SaveStage.SIDEBAR);
        }
        String summary = String.format(Locale.ROOT, "%s:%s; total %.1f ms", event, run.stages(), (System.nanoTime() - t0) / 1e6);
        Log.info(String.format(Locale.ROOT, "save path profile: isReport %.1f ms; bind %s; read %s", (tReport - t0) / 1e6,
                session.lastBind(), org.nianbao.uno.doc.ReadProfile.last()));
        long cpu = org.nianbao.uno.doc.ReadProfile.threadCpu();
        double cpuMs = cpu0 < 0 || cpu < 0 ? -1 : (cpu - cpu0) / 1e6;
        session.saved(summary, cpuMs);
        Log.info(String.format(Locale.ROOT, "save path %s (cpu %.1f ms)", summary, cpuMs));
    }

    /** CPU time of the whole office process so far (all threads), ms, or -1: for the bench's Save with / without. */
    static double processCpuMs() {
        try {
            java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            if (os instanceof com.sun.management.OperatingSystemMXBean) {
                return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e6;
            }
        } catch (Throwable t) {
            // not a HotSpot JVM
        }
        return -1;
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
        ReportSession session = Sessions.find(model);
        if (session == null || !session.formatWarningDue()) return; // not a report, or told already
        UiText ui = UiText.of(ctx);
        String name = formatName(ctx, filter);
        String[] notice = formatNotice(ui, name);
        Presenter.of(ui, model).notice(session, FORMAT_INFOBAR_ID, notice[0], notice[1], InfobarType.INFO);
        Log.info(event + ": stored as " + filter + ", format warning shown");
    }

    @Override
    public void opened(XComponentContext ctx, XTextDocument doc) throws Exception {
        // an .odt loses the keep of table 三's covered cells (LabelRowKeep): set again on opening
        Log.guard("keep the label rows of the tables together", () -> LabelRowKeep.restore(doc));
        UnoLiveDocument live = new UnoLiveDocument(doc);
        // nothing to compare, nothing kept; a session made here restores last year's report kept in the document
        if (live.snapshotJson() == null && live.previousJson() == null) return;
        try {
            UnoLiveDocument.session(doc).opened();
        } finally {
            live.release();
        }
    }

    @Override
    public void closed(XComponentContext ctx, XModel doc) {
        Sessions.forget(doc);
    }

    /**
     * The one-time notice after a save in another format: {primary, secondary}. The advice is in the primary
     * text, short enough for one line of the bar: a long text is cut at the bar's end (issue 10, defect 6).
     */
    static String[] formatNotice(UiText ui, String formatName) {
        return new String[] {ui.get("save.format.short", formatName), ui.get("save.format", formatName)};
    }

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
}
