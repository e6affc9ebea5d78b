package org.nianbao.uno.ui.sidebar;

import com.sun.star.awt.XCallback;
import com.sun.star.awt.XRequestCallback;
import com.sun.star.container.XNameAccess;
import com.sun.star.frame.XController2;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.text.XTextDocument;
import com.sun.star.ui.XDeck;
import com.sun.star.ui.XDecks;
import com.sun.star.ui.XPanel;
import com.sun.star.ui.XSidebarProvider;
import com.sun.star.uno.Any;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import com.sun.star.uno.XInterface;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;
import org.nianbao.uno.doc.UnoLiveDocument;
import org.nianbao.uno.session.ReportSession;

/**
 * Which of our panels is open: for a report (its official tables or sections, {@link ReportSession#isReport})
 * 校验 is expanded and the others collapsed; for any other document 插入. Set when the deck first shows a
 * document and again only when that changes (an empty document becomes a report: after the first check, recompute
 * or save of the inserted tables 校验 opens), so a panel the user opened stays open. Through the sidebar API (XController2.getSidebar → XDecks → XDeck.getPanels →
 * XPanel.expand(collapseOthers), LibreOffice 5.1 and later; 7.4 and 25.2 have it); every panel stays
 * expandable by its title. Without that API the defaults of Sidebar.xcu apply (the ContextList's third field:
 * 插入 "visible", i.e. expanded, the others "hidden", i.e. collapsed). Nothing is thrown: failures are logged.
 */
final class PanelStates {
    static final String INSERT = "NianbaoInsertPanel";
    static final String CHECK = "NianbaoCheckPanel";

    /** A document whose panels were set, and whether it was a report then. */
    private static final class Applied {
        final WeakReference<Object> document;
        boolean report;

        Applied(Object document, boolean report) {
            this.document = new WeakReference<>(document);
            this.report = report;
        }
    }

    /** The documents whose panels were set (a panel made again, e.g. after another deck, leaves them as the user set them). */
    private static final List<Applied> DONE = new ArrayList<>();

    private PanelStates() {
    }

    /** The panel to expand: 校验 for a report, else 插入. */
    static String panelFor(boolean report) {
        return report ? CHECK : INSERT;
    }

    /**
     * Later, on the office's main thread (the sidebar may be building the deck now, creating our panels): when the
     * frame's document was not seen yet or has become a report (or stopped being one), expands its panel and
     * collapses the others.
     */
    static void applyLater(XComponentContext ctx, XFrame frame) {
        Log.guard("setting the deck's panels", () -> {
            XModel model = model(frame);
            if (model == null) return;
            XRequestCallback async = Uno.q(XRequestCallback.class,
                    ctx.getServiceManager().createInstanceWithContext("com.sun.star.awt.AsyncCallback", ctx));
            async.addCallback(new Later(frame, model), Any.VOID);
        });
    }

    /**
     * True when the panels are to be set for a document that is ({@code report}) or is not a report: the first
     * time it is seen, or when that changed since it was {@link #done} (compared as UNO objects; closed documents
     * are dropped by the GC).
     */
    static boolean due(Object model, boolean report) {
        synchronized (DONE) {
            Applied a = find(model);
            return a == null || a.report != report;
        }
    }

    /** The panels of a document were set for {@code report}. */
    static void done(Object model, boolean report) {
        synchronized (DONE) {
            Applied a = find(model);
            if (a == null) DONE.add(new Applied(model, report));
            else a.report = report;
        }
    }

    private static Applied find(Object model) {
        DONE.removeIf(a -> a.document.get() == null);
        for (Applied a : DONE) {
            Object o = a.document.get();
            if (o == model || o instanceof XInterface && model instanceof XInterface && UnoRuntime.areSame(o, model)) return a;
        }
        return null;
    }

    /** Expands the panel for the document shown in the frame now (when it is still {@code model}). */
    private static void apply(XFrame frame, XModel model) throws Exception {
        XModel now = model(frame);
        if (now == null || !UnoRuntime.areSame(now, model)) return;
        XTextDocument doc = Uno.q(XTextDocument.class, now);
        boolean report = doc != null && ReportSession.isReport(new UnoLiveDocument(doc));
        if (!due(now, report)) return;
        String id = panelFor(report);
        long e0 = System.nanoTime();
        boolean expanded = expand(frame, id);
        DeckClock.lent(e0); // the sidebar's relayout (our heights inside it are not counted twice)
        if (!expanded) {
            Log.info("sidebar: could not expand " + id + " (no sidebar API or deck not active); the panels stay as they are");
            return;
        }
        done(now, report);
        Log.info("sidebar: " + id + " expanded for " + (report ? "a report" : "a document without the report's tables"));
    }

    /** Expands one panel of our deck, collapsing the others; false when the sidebar or the panel is not there. */
    static boolean expand(XFrame frame, String panelId) throws com.sun.star.uno.Exception {
        XController2 controller = frame == null ? null : Uno.q(XController2.class, frame.getController());
        XSidebarProvider sidebar = controller == null ? null : controller.getSidebar();
        XDecks decks = sidebar == null ? null : sidebar.getDecks();
        if (decks == null || !decks.hasByName(DeckOpener.DECK_ID)) return false;
        XDeck deck = Uno.q(XDeck.class, decks.getByName(DeckOpener.DECK_ID));
        if (deck == null || !deck.isActive()) return false;
        XNameAccess panels = deck.getPanels();
        if (panels == null || !panels.hasByName(panelId)) return false;
        XPanel panel = Uno.q(XPanel.class, panels.getByName(panelId));
        if (panel == null) return false;
        panel.expand(true);
        return true;
    }

    private static XModel model(XFrame frame) {
        return frame == null || frame.getController() == null ? null : frame.getController().getModel();
    }

    private static final class Later extends WeakBase implements XCallback {
        private final XFrame frame;
        private final XModel model;

        Later(XFrame frame, XModel model) {
            this.frame = frame;
            this.model = model;
        }

        @Override
        public void notify(Object data) {
            long t0 = DeckClock.enter("open-panel");
            Log.guard("expanding the deck's panel", () -> apply(frame, model));
            DeckClock.exit(t0);
        }
    }
}
