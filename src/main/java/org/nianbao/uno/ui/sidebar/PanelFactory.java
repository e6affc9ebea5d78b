package org.nianbao.uno.ui.sidebar;

import com.sun.star.awt.XWindow;
import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XFrame;
import com.sun.star.ui.XSidebar;
import com.sun.star.ui.XUIElement;
import com.sun.star.ui.XUIElementFactory;
import com.sun.star.uno.XComponentContext;
import java.util.Locale;
import org.nianbao.uno.Log;
import org.nianbao.uno.boot.UnoComponent;
import org.nianbao.uno.Uno;

/**
 * The UI element factory of our sidebar panels (Factories.xcu, type toolpanel, name
 * {@value #NAME}): {@code private:resource/toolpanel/NianbaoPanelFactory/<panel>} with panel
 * {@code insert}, {@code info}, {@code check} or {@code previous} (Sidebar.xcu). The sidebar passes the
 * frame and the parent window in the arguments. A panel is created with its empty window; its controls are built
 * when it is first shown ({@link SidebarPanel}).
 */
public final class PanelFactory extends UnoComponent implements XUIElementFactory {
    public static final String IMPLEMENTATION = PanelFactory.class.getName();
    public static final String[] SERVICES = {"com.sun.star.ui.UIElementFactory", IMPLEMENTATION};
    public static final String NAME = "NianbaoPanelFactory";
    static final String URL_PREFIX = "private:resource/toolpanel/" + NAME + "/";

    private final XComponentContext ctx;

    public PanelFactory(XComponentContext ctx) {
        super(IMPLEMENTATION, SERVICES);
        this.ctx = ctx;
    }

    /** The panel for the URL, or null (logged) when it cannot be made: nothing is thrown into the sidebar. */
    @Override
    public XUIElement createUIElement(String url, PropertyValue[] args) {
        long t0 = DeckClock.enter("create");
        try {
            return create(url, args);
        } catch (Throwable t) {
            Log.error("creating the sidebar panel " + url, t);
            return null;
        } finally {
            DeckClock.exit(t0);
        }
    }

    private XUIElement create(String url, PropertyValue[] args) throws com.sun.star.uno.Exception {
        long t0 = System.nanoTime();
        String panel = url != null && url.startsWith(URL_PREFIX) ? url.substring(URL_PREFIX.length()) : "";
        XFrame frame = null;
        XWindow parent = null;
        XSidebar sidebar = null;
        for (PropertyValue p : args == null ? new PropertyValue[0] : args) {
            if ("Frame".equals(p.Name)) frame = Uno.q(XFrame.class, p.Value);
            else if ("ParentWindow".equals(p.Name)) parent = Uno.q(XWindow.class, p.Value);
            else if ("Sidebar".equals(p.Name)) sidebar = Uno.q(XSidebar.class, p.Value);
        }
        if (parent == null) throw new IllegalStateException("no ParentWindow for " + url);
        PanelContent content = content(panel, frame);
        if (content == null) throw new IllegalStateException("no panel " + url);
        Form form = new Form(ctx, parent, panel);
        XSidebar deckLayout = sidebar;
        if (deckLayout != null) form.onRequestLayout(deckLayout::requestLayout);
        content.setForm(form);
        SidebarPanel element = new SidebarPanel(url, frame, form, content); // its controls when first shown
        PanelStates.applyLater(ctx, frame); // 校验 open for a report, 插入 for other documents (once per document)
        Log.info(String.format(Locale.ROOT, "sidebar: panel %s created in %.1f ms", panel, (System.nanoTime() - t0) / 1e6));
        return element;
    }

    private PanelContent content(String panel, XFrame frame) {
        switch (panel) {
            case InsertPanel.ID:
                return new InsertPanel(ctx, frame);
            case InfoPanel.ID:
                return new InfoPanel(ctx, frame);
            case CheckPanel.ID:
                return new CheckPanel(ctx, frame);
            case PreviousPanel.ID:
                return new PreviousPanel(ctx, frame);
            default:
                return null;
        }
    }

}
