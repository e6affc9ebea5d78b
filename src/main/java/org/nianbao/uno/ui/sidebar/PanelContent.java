package org.nianbao.uno.ui.sidebar;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XController;
import com.sun.star.frame.XDispatchHelper;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.XComponentContext;
import org.nianbao.uno.Log;
import org.nianbao.uno.UiText;
import org.nianbao.uno.Uno;

/**
 * What one panel shows and does. The panel belongs to one frame (the sidebar is per frame); its document
 * is whatever the frame shows now ({@link #model()}), so a panel follows a frame that loads another
 * document. Commands go through our dispatch URLs, like the menu's, so that every path runs the same code.
 */
abstract class PanelContent {
    protected final XComponentContext ctx;
    protected final XFrame frame;
    protected final UiText ui;
    protected Form form;

    PanelContent(XComponentContext ctx, XFrame frame) {
        this.ctx = ctx;
        this.frame = frame;
        this.ui = UiText.of(ctx);
    }

    /** Adds the controls and rows to the form. */
    abstract void build(Form form) throws com.sun.star.uno.Exception;

    /** After {@link #build}: show the document's state. */
    void attached() throws com.sun.star.uno.Exception {
    }

    /** The frame shows another document (or the same one again): show its state. */
    void documentChanged() throws com.sun.star.uno.Exception {
        attached();
    }

    /** The panel goes away: drop listeners. */
    void dispose() {
    }

    final void setForm(Form f) {
        this.form = f;
    }

    /** The frame's document model, or null. */
    final XModel model() {
        XController c = frame == null ? null : frame.getController();
        return c == null ? null : c.getModel();
    }

    final XTextDocument document() {
        return Uno.q(XTextDocument.class, model());
    }

    /** Runs one of our URLs on the panel's frame, as the menu does; returns the dispatch result (may be null). */
    final Object dispatch(String url) throws com.sun.star.uno.Exception {
        XDispatchHelper helper = Uno.q(XDispatchHelper.class,
                ctx.getServiceManager().createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx));
        long t0 = System.nanoTime();
        Object result = helper.executeDispatch(Uno.q(XDispatchProvider.class, frame), url, "", 0, new PropertyValue[0]);
        Log.info(String.format(java.util.Locale.ROOT, "sidebar: %s in %.1f ms", url, (System.nanoTime() - t0) / 1e6));
        return result;
    }

    /** Gives the keyboard focus back to the document (after an insert from the panel). */
    final void focusDocument() {
        Log.guard("focusing the document", () -> {
            if (frame != null && frame.getComponentWindow() != null) frame.getComponentWindow().setFocus();
        });
    }
}
