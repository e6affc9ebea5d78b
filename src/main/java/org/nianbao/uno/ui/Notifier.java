package org.nianbao.uno.ui;

import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;
import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.StringPair;
import com.sun.star.frame.XModel;
import com.sun.star.frame.InfobarType;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XInfobarProvider;

/**
 * Tells the user things without blocking: an infobar on the document (no modal dialog: our commands are
 * also run by macros and tests, and during a save nothing may wait for a click). Headless, there are no
 * infobars; the dispatch result still carries the message.
 */
public final class Notifier {
    /** Id of our infobar on a document. */
    public static final String INFOBAR_ID = "org.nianbao.writer";

    private Notifier() {
    }

    /**
     * Shows (or replaces) our infobar on the frame's document.
     *
     * @param type one of {@link InfobarType} INFO, SUCCESS, WARNING, DANGER
     */
    public static void infobar(XFrame frame, String primary, String secondary, int type) {
        infobar(frame, INFOBAR_ID, primary, secondary, type);
    }

    /** Shows (or replaces) the infobar with this id on the frame's document; true when it was shown. */
    public static boolean infobar(XFrame frame, String id, String primary, String secondary, int type) {
        return Log.guard("showing an infobar", () -> {
            XInfobarProvider bars = frame == null ? null : Uno.q(XInfobarProvider.class, frame.getController());
            if (bars == null || openedHidden(frame)) return; // a hidden document has no bar to show: LibreOffice logs SEVERE
            if (bars.hasInfobar(id)) bars.removeInfobar(id);
            bars.appendInfobar(id, primary, secondary, type, new StringPair[0], true);
        });
    }

    /** True for a document loaded with Hidden=true (macros, batch use; issue 10). */
    static boolean openedHidden(XFrame frame) {
        XModel model = frame.getController() == null ? null : frame.getController().getModel();
        if (model == null) return false;
        for (PropertyValue p : model.getArgs()) if ("Hidden".equals(p.Name)) return Boolean.TRUE.equals(p.Value);
        return false;
    }
}
