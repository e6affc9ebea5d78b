package org.nianbao.uno.ui.sidebar;

import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import org.nianbao.uno.session.ReportCheck;
import org.nianbao.uno.session.Sessions;

/**
 * Opens 校验 when the frame's document becomes a report (its first check, recompute or save after the tables were
 * inserted), whether or not a panel's controls were built yet: the panels are lazy ({@link SidebarPanel}), so this
 * cannot live in the collapsed 校验 panel's controls (ClerkKeyboardIT and DeckLayoutIT found that). One per deck,
 * registered with the 校验 panel and removed when it is disposed.
 */
final class ReportWatch implements Sessions.Listener {
    private final XComponentContext ctx;
    private final XFrame frame;

    ReportWatch(XComponentContext ctx, XFrame frame) {
        this.ctx = ctx;
        this.frame = frame;
    }

    void start() {
        Sessions.addListener(this);
    }

    void stop() {
        Sessions.removeListener(this);
    }

    @Override
    public void resultChanged(Object document, ReportCheck.Result result, String origin) {
        XModel shown = frame == null || frame.getController() == null ? null : frame.getController().getModel();
        if (shown != null && UnoRuntime.areSame(shown, document)) PanelStates.applyLater(ctx, frame);
    }
}
