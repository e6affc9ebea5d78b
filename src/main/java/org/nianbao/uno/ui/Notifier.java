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
            String key = com.sun.star.uno.UnoRuntime.generateOid(frame) + "|" + id;
            String content = type + "\u0000" + primary + "\u0000" + secondary;
            boolean shown = bars.hasInfobar(id);
            synchronized (SHOWN) {
                if (shown && content.equals(SHOWN.get(key))) return; // the same bar is up already: nothing redrawn (issue 8)
            }
            if (shown) bars.updateInfobar(id, primary, secondary, type); // in place: no second bar laid out
            else bars.appendInfobar(id, primary, secondary, type, new StringPair[0], true);
            synchronized (SHOWN) {
                SHOWN.put(key, content);
            }
        });
    }

    /** What each frame's bar (by frame and id) was last given, for the last few frames. */
    private static final java.util.Map<String, String> SHOWN = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
            return size() > 64;
        }
    };

    /** True for a document loaded with Hidden=true (macros, batch use; issue 10). */
    static boolean openedHidden(XFrame frame) {
        XModel model = frame.getController() == null ? null : frame.getController().getModel();
        if (model == null) return false;
        for (PropertyValue p : model.getArgs()) if ("Hidden".equals(p.Name)) return Boolean.TRUE.equals(p.Value);
        return false;
    }
}
