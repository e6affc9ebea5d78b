package org.nianbao.uno;

import com.sun.star.awt.MessageBoxButtons;
import com.sun.star.awt.MessageBoxType;
import com.sun.star.awt.XMessageBox;
import com.sun.star.awt.XMessageBoxFactory;
import com.sun.star.awt.XWindowPeer;
import com.sun.star.beans.StringPair;
import com.sun.star.frame.InfobarType;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XInfobarProvider;
import com.sun.star.uno.XComponentContext;

/**
 * Tells the user things: a message box for a refusal they must notice (modal, as for any menu command;
 * never used during a save), an infobar on the document for results (non-blocking).
 */
public final class Notifier {
    /** Id of our infobar on a document. */
    public static final String INFOBAR_ID = "org.nianbao.writer";

    private Notifier() {
    }

    public static void messageBox(XComponentContext ctx, XFrame frame, String title, String message) {
        Log.guard("showing a message", () -> {
            XMessageBoxFactory factory = Uno.q(XMessageBoxFactory.class,
                    ctx.getServiceManager().createInstanceWithContext("com.sun.star.awt.Toolkit", ctx));
            XWindowPeer parent = frame == null ? null : Uno.q(XWindowPeer.class, frame.getContainerWindow());
            XMessageBox box = factory.createMessageBox(parent, MessageBoxType.WARNINGBOX, MessageBoxButtons.BUTTONS_OK,
                    title, message);
            box.execute();
            com.sun.star.lang.XComponent c = Uno.q(com.sun.star.lang.XComponent.class, box);
            if (c != null) c.dispose();
        });
    }

    /**
     * Shows (or replaces) our infobar on the frame's document.
     *
     * @param type one of {@link InfobarType} INFO, SUCCESS, WARNING, DANGER
     */
    public static void infobar(XFrame frame, String primary, String secondary, int type) {
        Log.guard("showing an infobar", () -> {
            XInfobarProvider bars = frame == null ? null : Uno.q(XInfobarProvider.class, frame.getController());
            if (bars == null) return;
            if (bars.hasInfobar(INFOBAR_ID)) bars.removeInfobar(INFOBAR_ID);
            bars.appendInfobar(INFOBAR_ID, primary, secondary, type, new StringPair[0], true);
        });
    }
}
