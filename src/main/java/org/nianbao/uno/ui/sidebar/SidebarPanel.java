package org.nianbao.uno.ui.sidebar;

import com.sun.star.accessibility.XAccessible;
import com.sun.star.awt.WindowEvent;
import com.sun.star.awt.XWindow;
import com.sun.star.awt.XWindowListener;
import com.sun.star.frame.FrameAction;
import com.sun.star.frame.FrameActionEvent;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XFrameActionListener;
import com.sun.star.lang.EventObject;
import com.sun.star.lib.uno.helper.ComponentBase;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.ui.LayoutSize;
import com.sun.star.ui.UIElementType;
import com.sun.star.ui.XSidebarPanel;
import com.sun.star.ui.XToolPanel;
import com.sun.star.ui.XUIElement;
import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;

/**
 * One panel of our deck as the sidebar sees it: a UI element (XUIElement) whose real interface is a tool
 * panel (XToolPanel: its window) that tells its height (XSidebarPanel). It lays the controls out again
 * when the sidebar resizes it, and tells the content when the frame shows another document.
 *
 * <p>Lazy (issue 8: the deck's first opening created all four panels' controls at once): the sidebar creates every
 * panel of the deck, but asks only an expanded one for its height; the controls of a panel are built, and it shows
 * its document, the first time the sidebar asks for its height, shows its window or gives it a height. A collapsed
 * panel has only its empty window until the user opens it.
 */
final class SidebarPanel extends ComponentBase implements XUIElement, XToolPanel, XSidebarPanel {
    /** Wide enough for the section headings and a readable findings list; the sidebar is at least this wide. */
    static final int MINIMAL_WIDTH = 300;

    private final String resourceUrl;
    private final XFrame frame;
    private final Form form;
    private final PanelContent content;
    private final Resize resize = new Resize();
    private final FrameWatch frameWatch = new FrameWatch();
    /** Only with the 校验 panel: opens it when the document becomes a report, built or not. */
    private final ReportWatch reportWatch;
    private boolean built;

    SidebarPanel(String resourceUrl, XFrame frame, Form form, PanelContent content) {
        this.resourceUrl = resourceUrl;
        this.frame = frame;
        this.form = form;
        this.content = content;
        form.window().addWindowListener(resize);
        if (frame != null) frame.addFrameActionListener(frameWatch);
        reportWatch = content instanceof CheckPanel ? new ReportWatch(content.ctx, frame) : null;
        if (reportWatch != null) reportWatch.start();
    }

    PanelContent content() {
        return content;
    }

    /** Builds the controls and shows the document, the first time the panel is shown (on the main thread). */
    void ensureBuilt() throws com.sun.star.uno.Exception {
        if (built) return;
        built = true;
        long t0 = System.nanoTime();
        content.build(form);
        Log.guard("showing the document in panel " + resourceUrl, content::attached);
        Log.info(String.format(java.util.Locale.ROOT, "sidebar: panel %s built in %.1f ms",
                resourceUrl.substring(resourceUrl.lastIndexOf('/') + 1), (System.nanoTime() - t0) / 1e6));
    }

    // ------------------------------------------------------------------ XUIElement

    @Override
    public Object getRealInterface() {
        return this;
    }

    @Override
    public XFrame getFrame() {
        return frame;
    }

    @Override
    public String getResourceURL() {
        return resourceUrl;
    }

    @Override
    public short getType() {
        return UIElementType.TOOLPANEL;
    }

    // ------------------------------------------------------------------ XToolPanel

    @Override
    public XWindow getWindow() {
        try {
            return form.window();
        } catch (Throwable t) {
            Log.error("getWindow", t);
            return null;
        }
    }

    @Override
    public XAccessible createAccessible(XAccessible parent) {
        try {
            return Uno.q(XAccessible.class, form.peer());
        } catch (Throwable t) {
            Log.error("createAccessible", t);
            return null;
        }
    }

    // ------------------------------------------------------------------ XSidebarPanel

    @Override
    public LayoutSize getHeightForWidth(int width) {
        long t0 = DeckClock.enter("height");
        try {
            ensureBuilt();
            return form.reportedSize(width);
        } catch (Throwable t) {
            Log.error("getHeightForWidth", t);
            return new LayoutSize(0, 0, 0);
        } finally {
            DeckClock.exit(t0);
        }
    }

    @Override
    public int getMinimalWidth() {
        return MINIMAL_WIDTH;
    }

    // ------------------------------------------------------------------ life cycle

    @Override
    protected void postDisposing() {
        Log.guard("disposing a panel", () -> {
            if (frame != null) frame.removeFrameActionListener(frameWatch);
            if (reportWatch != null) reportWatch.stop();
            form.window().removeWindowListener(resize);
            if (built) content.dispose();
            form.dispose();
        });
    }

    private final class Resize extends WeakBase implements XWindowListener {
        @Override
        public void windowResized(WindowEvent e) {
            long t0 = DeckClock.enter("resize");
            Log.guard("laying out a panel", () -> {
                if (e.Height > 0) ensureBuilt();
                form.layout(e.Width, e.Height);
            });
            DeckClock.exit(t0);
        }

        @Override
        public void windowMoved(WindowEvent e) {
        }

        @Override
        public void windowShown(EventObject e) {
            long t0 = DeckClock.enter("shown");
            Log.guard("showing a panel", SidebarPanel.this::ensureBuilt);
            DeckClock.exit(t0);
        }

        @Override
        public void windowHidden(EventObject e) {
        }

        @Override
        public void disposing(EventObject e) {
        }
    }

    /** The frame loads another document into the same window (e.g. File › Open over an unchanged new document). */
    private final class FrameWatch extends WeakBase implements XFrameActionListener {
        @Override
        public void frameAction(FrameActionEvent e) {
            if (e.Action == FrameAction.COMPONENT_REATTACHED || e.Action == FrameAction.COMPONENT_ATTACHED) {
                Log.guard("following the frame's document", () -> {
                    if (built) content.documentChanged();
                });
                PanelStates.applyLater(content.ctx, frame);
            }
        }

        @Override
        public void disposing(EventObject e) {
            Log.guard("frame disposing", SidebarPanel.this::dispose);
        }
    }
}
