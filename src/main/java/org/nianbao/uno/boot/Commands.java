package org.nianbao.uno.boot;

import com.sun.star.frame.InfobarType;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.XComponentContext;
import org.nianbao.core.model.Report;
import org.nianbao.uno.Log;
import org.nianbao.uno.Outcome;
import org.nianbao.uno.UiText;
import org.nianbao.uno.Uno;
import org.nianbao.uno.doc.LastYearReader;
import org.nianbao.uno.doc.UnoLiveDocument;
import org.nianbao.uno.insert.Inserter;
import org.nianbao.uno.session.ReportSession;
import org.nianbao.uno.ui.Notifier;
import org.nianbao.uno.ui.Presenter;

/**
 * Runs one of our commands on a frame: the document's {@link ReportSession} does it, the {@link Presenter}
 * tells the user (an infobar on the document, never a modal dialog, which would block macros and tests
 * that dispatch our URLs) and gives the dispatch result.
 */
final class Commands {
    private final XComponentContext ctx;
    private final XFrame frame;
    private final UiText ui;
    private final Presenter presenter;

    Commands(XComponentContext ctx, XFrame frame) {
        this.ctx = ctx;
        this.frame = frame;
        this.ui = UiText.of(ctx);
        this.presenter = new Presenter(ui, frame);
    }

    /** Runs the command; never throws. */
    Outcome run(CommandUrl command) {
        Outcome outcome;
        try {
            outcome = execute(command);
        } catch (ReportSession.Refused r) {
            outcome = presenter.refused(r);
        } catch (Throwable t) {
            Log.error(command.url(), t);
            String key = command.kind == CommandUrl.Kind.INSERT ? "msg.insertFailed" : "msg.failed";
            outcome = Outcome.failed(ui.get(key, String.valueOf(t), Log.file()));
        } finally {
            // the session's actions release the tables' objects themselves; every other command's must go too
            // (Uno.releaseProxies: a table split later must not inherit them)
            if (command.kind != CommandUrl.Kind.CHECK && command.kind != CommandUrl.Kind.RECOMPUTE
                    && command.kind != CommandUrl.Kind.FILL_BLANKS && command.kind != CommandUrl.Kind.DATA_SENTENCES
                    && command.kind != CommandUrl.Kind.BIND_NUMBER) Uno.releaseProxies();
        }
        if (outcome.alert && !outcome.message.isEmpty()) {
            Notifier.infobar(frame, outcome.message, "", outcome.error ? InfobarType.DANGER : InfobarType.WARNING);
        }
        return outcome;
    }

    private Outcome execute(CommandUrl command) throws Exception {
        switch (command.kind) {
            case INSERT:
                return new Inserter(ctx).insert(frame.getController(), command.part);
            case OPEN_DECK:
                org.nianbao.uno.ui.sidebar.DeckOpener.open(ctx, frame);
                return Outcome.done("");
            case TEST:
                return TestHooks.run(ctx, model(), command.test);
            default:
                break;
        }
        XTextDocument doc = Uno.q(XTextDocument.class, model());
        if (doc == null) return Outcome.refused(ui.get("msg.notWriter"));
        ReportSession session = UnoLiveDocument.session(doc);
        switch (command.kind) {
            case CHECK:
                return presenter.present(session.check());
            case RECOMPUTE:
                return presenter.present(session.recompute(ui.get("undo.recompute")));
            case PREVIOUS:
                return usePrevious(session, command.fileUrl);
            case PREVIOUS_REMOVE:
                return presenter.present(session.removeLastYear(ui.get("undo.removePrevious")));
            case FILL_CARRIED_OVER:
                return presenter.present(session.fillCarriedOver(ui.get("undo.fillCarriedOver")));
            case FILL_BLANKS:
                return presenter.present(session.fillBlanks(ui.get("undo.fillBlanks")));
            case NEXT_FINDING:
                return presenter.present(session.step(1));
            case PREVIOUS_FINDING:
                return presenter.present(session.step(-1));
            case AGGREGATE:
                return aggregate(session, command);
            case DATA_SENTENCES:
                Inserter.ensureStyles(ctx, doc); // our body style, before the undo step (styles are not undone)
                return presenter.present(session.insertDataSentences(ui.get("undo.dataSentences")));
            case BIND_NUMBER:
                return presenter.present(session.bindSelection(command.key, ui.get("undo.bindNumber")));
            default:
                throw new IllegalStateException(String.valueOf(command.kind));
        }
    }

    /** Reads last year's report at the URL and keeps it with the session. */
    private Outcome usePrevious(ReportSession session, String url) throws Exception {
        if (url.equals(session.document().url())) return Outcome.refused(ui.get("previous.same"));
        Report previous;
        long t0 = System.nanoTime();
        try {
            previous = LastYearReader.read(ctx, url);
        } catch (LastYearReader.NotATextDocumentException e) {
            return Outcome.refused(ui.get("previous.notText", url));
        } catch (com.sun.star.io.IOException | com.sun.star.lang.IllegalArgumentException e) {
            Log.error("reading last year's report " + url, e);
            return Outcome.refused(ui.get("previous.unreadable", url));
        }
        Log.info(String.format(java.util.Locale.ROOT, "previous: read %s in %.1f ms", url, (System.nanoTime() - t0) / 1e6));
        return presenter.present(session.useLastYear(url, previous));
    }

    /**
     * 汇总下级报告: every report below the folder, each read as last year's is (hidden, read-only, closed), with
     * the folder's UNITS.txt as the list of units expected; an unreadable list refuses (as the CLI's --units).
     */
    private Outcome aggregate(ReportSession session, CommandUrl command) throws Exception {
        org.nianbao.uno.session.UnitFolder.Listing folder;
        try {
            folder = org.nianbao.uno.session.UnitFolder.read(command.fileUrl);
        } catch (org.nianbao.uno.session.UnitFolder.UnitListUnreadable e) {
            Log.error("reading the list of units in " + command.fileUrl, e);
            return Outcome.refused(ui.get("aggregate.unitsUnreadable", e.file));
        } catch (java.io.IOException e) {
            Log.error("listing unit reports in " + command.fileUrl, e);
            return Outcome.refused(ui.get("aggregate.noFolder", command.fileUrl));
        }
        long t0 = System.nanoTime();
        Outcome o = presenter.present(session.aggregateUnits(folder, url -> LastYearReader.read(ctx, url), command.force,
                ui.get("aggregate.undo")));
        Log.info(String.format(java.util.Locale.ROOT, "aggregate: %d files in %.1f ms", folder.reports.size(), (System.nanoTime() - t0) / 1e6));
        return o;
    }

    private XModel model() {
        return frame == null || frame.getController() == null ? null : frame.getController().getModel();
    }
}
